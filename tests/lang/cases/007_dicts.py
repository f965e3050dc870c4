# dicts keep insertion order
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k, v in d.items():
    print(k, v)
del d["b"]
print(d, "a" in d, "b" in d)
d.update({"x": 9}, y=10)
print(d)
print(d.pop("x"), d.setdefault("z", 5), d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict.fromkeys("ab", 0))
print({k: v * 2 for k, v in d.items()})
print(d.popitem(), d)
e = {**d, "new": 1}
print(e, d | {"q": 0})
