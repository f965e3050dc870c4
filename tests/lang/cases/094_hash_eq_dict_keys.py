# tuples, frozensets and numbers as dict keys
d = {(1, 2): "tuple", frozenset({1}): "fs", 1: "int", 2.5: "float", "s": "str", None: "none"}
print(d[(1, 2)], d[frozenset([1])], d[1.0], d[2.5], d[None])
print(hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), hash(0) == hash(0.0))
grid = {}
for x in range(3):
    for y in range(2):
        grid[x, y] = x * y
print(grid[2, 1], len(grid), sorted(grid)[:3])
