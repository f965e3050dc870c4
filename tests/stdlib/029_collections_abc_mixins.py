from collections.abc import Sequence, MutableMapping, Iterator, Set, MutableSequence, Mapping


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(iter(c) is c, list(c), isinstance(c, Iterator))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)), len(s))
try:
    s.index(7)
except ValueError as e:
    print("ValueError", e)


class LowerDict(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"LowerDict({self._d})"


d = LowerDict(A=1, b=2)
d["C"] = 3
print(d, d["a"], d.get("B"), d.get("zz", 0), "c" in d, list(d.keys()), list(d.items()), list(d.values()))
print(d.pop("a"), d.setdefault("x", 9), d.popitem(), d, d == {"b": 2, "x": 9}, d == {"b": 2})
d.clear()
print(d, len(d))


class Bits(Set):
    def __init__(self, items=()):
        self._items = []
        for i in items:
            if i not in self._items:
                self._items.append(i)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Bits({self._items})"


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 4]), a == Bits([3, 2, 1]), a.isdisjoint(Bits([9])))


class Stack(MutableSequence):
    def __init__(self):
        self._data = []

    def __getitem__(self, i):
        return self._data[i]

    def __setitem__(self, i, v):
        self._data[i] = v

    def __delitem__(self, i):
        del self._data[i]

    def __len__(self):
        return len(self._data)

    def insert(self, i, v):
        self._data.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st += [4]
print(list(st), st.pop(), st.pop(0), list(st))
st.reverse()
st.remove(2)
print(list(st), isinstance(st, Sequence))


class Frozen(Mapping):
    def __init__(self, **kw):
        self._kw = kw

    def __getitem__(self, k):
        return self._kw[k]

    def __iter__(self):
        return iter(self._kw)

    def __len__(self):
        return len(self._kw)


f = Frozen(a=1)
print(list(f.keys()), list(f.items()), list(f.values()), dict(f), f == {"a": 1}, len(f.keys()), type(f.keys()).__name__)
