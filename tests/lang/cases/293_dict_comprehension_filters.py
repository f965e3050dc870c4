# dict comprehensions with conditions and swapping
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()}, {k: v for k, v in d.items() if v % 2}, {k.upper(): v * v for k, v in sorted(d.items())})
