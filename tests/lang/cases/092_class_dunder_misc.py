# __len__/__bool__ truthiness, __contains__, __getitem__ with slices, __eq__ fallback
class Box:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Box(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __repr__(self):
        return f"Box{tuple(self.items)}"
b = Box(1, 2, 3, 4)
print(len(b), bool(Box()), b[1], b[1:3], b[::-1], 3 in b, list(b))
b[0] = 10
del b[1]
print(b)
class Same:
    pass
s = Same()
print(s == s, s == Same(), s != Same())
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), Ordered(5) > Ordered(2))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)
