# nested data structures
inventory = {"fruits": {"apple": 3, "pear": 0}, "veg": {"kale": 2}}
for cat, items in inventory.items():
    stocked = [k for k, v in items.items() if v]
    print(cat, stocked, sum(items.values()))
records = [{"n": "a", "tags": ["x", "y"]}, {"n": "b", "tags": []}]
print([r["n"] for r in records if r["tags"]], {r["n"]: len(r["tags"]) for r in records})
matrix = [[1, 2], [3, 4]]
print([list(row) for row in zip(*matrix)], [x for row in matrix for x in row])
