# split with predicates keeps structure and metadata
eg = ExceptionGroup("all", [ValueError(1), ValueError(-2), ExceptionGroup("sub", [ValueError(3)])])
pos, neg = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 0)
print(repr(pos))
print(repr(neg))
print(eg.split(KeyError))
print(eg.subgroup(lambda e: True) is eg)
