from collections import defaultdict

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts)
print(counts["missing"], "missing" in counts, len(counts))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups)
print(dict(groups))
print(sorted(groups.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["b"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
d = defaultdict(set)
d["k"].add(1)
d["k"].add(2)
print(d, d.default_factory)
n = defaultdict()
print(n, n.default_factory)
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
c = counts.copy()
print(type(c).__name__, c == counts, c is counts)
print(isinstance(counts, dict), counts.get("nope"), "nope" in counts)
e = defaultdict(list, {"a": [1]}, b=[2])
print(e)
print(e | {"c": [3]})
print(defaultdict(int, a=1) | defaultdict(int, b=2))
f = defaultdict(str)
f["x"]
print(f, repr(f["y"]))
print(defaultdict(list, [(1, [2])]))
