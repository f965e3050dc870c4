# slice assignment
l = list(range(6))
l[1:3] = []
print(l)
l[:0] = ["a", "b"]
print(l)
l[-1:] = [9, 9]
print(l)
l[::3] = ["X"] * len(l[::3])
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
