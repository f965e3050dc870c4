# more dict behaviour
d = {}
for w in "the cat and the hat and the bat".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(d, key=d.get), list(d), len(d))
counts = {}
for ch in "hello":
    counts.setdefault(ch, []).append(ch)
print(counts)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print({1: "a"} == {1: "a"}, {1: 2} != {1: 3}, dict(zip("ab", range(2))))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
d2 = dict(d)
d2.clear()
print(d2, bool(d2), bool(d))
for k in list(d):
    if d[k] == 1:
        del d[k]
print(d)
