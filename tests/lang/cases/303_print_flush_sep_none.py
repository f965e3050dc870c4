# print with sep=None and end=None behaves like the defaults
print("a", "b", sep=None, end=None)
print(*[1, 2, 3], sep=" | ")
print(*"xyz")
print()
print("", end="")
print("done")
