# exception args and str
for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1), KeyError(), KeyError("k", "j")]:
    print(repr(e), "|", str(e), "|", e.args)
