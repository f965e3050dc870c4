# Dunder methods a subclass of dict, list or tuple defines are what the operations call; the
# builtin's own (through super() or the base class) is the builtin behaviour.
class LoudDict(dict):
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("set", key, value)
        dict.__setitem__(self, key, value * 2)

    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)

    def __contains__(self, key):
        print("contains", key)
        return dict.__contains__(self, key)

    def __len__(self):
        return 100 + super().__len__()

    def __iter__(self):
        return iter(sorted(dict.keys(self), reverse=True))

    def __or__(self, other):
        return "or " + repr(dict(self)) + " " + repr(other)

    def __eq__(self, other):
        print("eq")
        return dict.__eq__(self, other)

    __hash__ = None


d = LoudDict()
d["a"] = 1
d["b"] = 2
print(d["a"], "a" in d, len(d), list(d), d | {"z": 0}, d == {"a": 2, "b": 4})
del d["a"]
print(dict.__repr__(d), bool(d), d.get("b"), sorted(d.items()))


class Stack(list):
    def __len__(self):
        return 42

    def __bool__(self):
        return False

    def __add__(self, other):
        return Stack(list.__add__(self, other))

    def __repr__(self):
        return "Stack" + list.__repr__(self)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Stack(super().__getitem__(i))
        return "item %d" % super().__getitem__(i)


s = Stack([1, 2, 3])
print(len(s), bool(s), s + [4], s[1], s[1:], repr(s), str(s), [1] + s)
print(list(s), sum(s), s == [1, 2, 3], [x for x in s])


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getitem__(self, i):
        return tuple.__getitem__(self, 1 - i)

    def __repr__(self):
        return "Pair(%r, %r)" % tuple(self)

    def __hash__(self):
        return 7


p = Pair(1, 2)
print(p[0], p[1], p, tuple(p), hash(p), len(p), p + (3,), type(tuple(p)).__name__)


class Plain(list):
    pass


q = Plain([3, 1, 2])
q += [0]
print(q, len(q), sorted(q), q * 2, 2 * q, q[::-1], q == [3, 1, 2, 0], type(q).__name__)
try:
    hash(q)
except TypeError as e:
    print(e)
