# The builtin types' dunder methods are attributes (slot wrappers), callable with the receiver
# first, and bound on instances (method-wrappers).
print(tuple.__getitem__((1, 2, 3), 1), tuple.__len__((1, 2)), tuple.__contains__((1, 2), 2))
print(list.__getitem__([5, 6, 7], slice(1, None)), list.__len__([1]), list.__add__([1], [2]))
lst = [3, 1]
list.__setitem__(lst, 0, 9)
list.__delitem__(lst, 1)
list.__iadd__(lst, (4, 5))
print(lst, list.__mul__(lst, 2), list.__rmul__([0], 3))
d = {"a": 1}
dict.__setitem__(d, "b", 2)
print(dict.__getitem__(d, "b"), dict.__len__(d), dict.__contains__(d, "a"), dict.__or__(d, {"c": 3}))
dict.__delitem__(d, "a")
print(d, dict.__repr__(d), dict.__eq__(d, {"b": 2}), dict.__ne__(d, {}))
print(int.__add__(1, 2), int.__radd__(1, 2), int.__sub__(10, 3), int.__rsub__(10, 3))
print(int.__mul__(6, 7), int.__floordiv__(7, 2), int.__mod__(7, 2), int.__pow__(2, 10))
print(int.__neg__(5), int.__abs__(-5), int.__invert__(5), int.__bool__(0), int.__index__(7))
print(int.__lt__(1, 2), int.__eq__(1, 1), int.__ge__(1, 2), int.__hash__(7), int.__repr__(1))
print(int.__add__(1, 2.5), int.__lt__(1, "a"), float.__add__(1.5, 2), float.__int__(3.9))
print(float.__truediv__(1.0, 4), float.__rsub__(1.0, 4), float.__neg__(2.5), float.__repr__(0.1))
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__getitem__("hello", 1), str.__len__("héllo"))
print(str.__contains__("hello", "ell"), str.__mod__("%d-%s", (1, "x")), str.__lt__("a", "b"))
print(bytes.__getitem__(b"abc", 0), bytes.__add__(b"a", b"b"), bytes.__len__(b"xyz"))
print(set.__or__({1}, {2}), set.__and__({1, 2}, {2}), set.__sub__({1, 2}, {1}), set.__len__({1}))
print(frozenset.__contains__(frozenset([1]), 1), range.__len__(range(10)), range.__getitem__(range(10), 3))
it = iter([1, 2])
print(it.__next__(), type(it).__next__(it), it.__iter__() is it)
print((1).__add__(2), "x".__add__("y"), [1, 2].__len__(), {1: 2}.__getitem__(1), (5).__neg__())
print(int.__add__, list.__len__, type(int.__add__).__name__)
print(repr((3).__add__).startswith("<method-wrapper '__add__' of int object at "))
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__((1, 2)) == hash((1, 2)))
print(sorted(k for k in list.__dict__ if k in ("__len__", "__iter__", "__getitem__", "__hash__")))
print(getattr(int, "__add__") is int.__dict__["__add__"], callable(dict.__len__))
print(list(map(int.__neg__, [1, 2, 3])), sorted([3, -1, 2], key=int.__abs__))
for bad in [
    lambda: int.__add__("a", 1),
    lambda: int.__add__(1),
    lambda: int.__neg__(1, 2),
    lambda: dict.__len__([]),
    lambda: tuple.__getitem__(),
    lambda: list.__getitem__([], 3),
    lambda: dict.__getitem__({}, "k"),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
