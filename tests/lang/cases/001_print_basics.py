# print with sep, end, multiple values
print("hello", "world")
print(1, 2, 3, sep="-")
print("a", end="")
print("b")
print()
print(None, True, False)
print("x", "y", sep="", end="!\n")
