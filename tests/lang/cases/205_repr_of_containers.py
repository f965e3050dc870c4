# reprs of nested containers
print([1, "a", None, (2,), {3: "c"}, {4}, [], (), {}, set(), frozenset(), 2.5, True])
print(repr({"k": [1, {"n": (1, 2)}]}), str((1, "x")), repr([[]]), repr(((),)))
