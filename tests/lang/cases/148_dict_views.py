# dict views are live
d = {"a": 1, "b": 2}
keys = d.keys()
vals = d.values()
items = d.items()
d["c"] = 3
print(keys, vals, items, len(keys), "a" in keys, ("b", 2) in items, 3 in vals)
print(keys & {"a", "z"}, sorted(keys | {"q"}), list(reversed(d)))
