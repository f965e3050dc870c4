from collections import OrderedDict, namedtuple, Counter, defaultdict
from typing import NamedTuple

o = OrderedDict(a=1, b=2)
print(o.keys(), o.values(), o.items(), type(o.keys()).__name__)
print(list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print(o.keys() & {"a"}, o.keys() == {"a", "b"}, "a" in o.keys(), ("a", 1) in o.items(), 2 in o.values(), len(o.items()))
o.move_to_end("a")
print(o, list(o.items()))
print(Counter("ab").keys(), defaultdict(int, x=1).items())
P = namedtuple("P", "x y")
p = P(1, 2)
for f in [lambda: setattr(p, "z", 1), lambda: delattr(p, "x"), lambda: delattr(p, "z"), lambda: setattr(p, "x", 1)]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)


class V(P):
    pass


v = V(1, 2)
v.z = 3
print(v.z, v)


class E(NamedTuple):
    a: int


e = E(1)
try:
    e.b = 2
except AttributeError as ex:
    print("AttributeError", ex)


class F(E):
    pass


f = F(5)
f.note = "ok"
print(f, f.note)
