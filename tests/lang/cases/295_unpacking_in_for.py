# unpacking targets in for loops
pairs = {"x": (1, 2), "y": (3, 4)}
for name, (a, b) in pairs.items():
    print(name, a + b)
for i, *rest in [(1, 2, 3), (4, 5)]:
    print(i, rest)
for [a, b] in [[1, 2]]:
    print(a, b)
