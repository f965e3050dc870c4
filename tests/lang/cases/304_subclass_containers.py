# user subclasses of list, tuple and dict
class Stack(list):
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.append(3)
s.name = "st"
print(s, s.peek(), len(s), s.name, type(s).__name__, isinstance(s, list), s == [1, 2, 3])
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point(x={self[0]}, y={self[1]})"
p = Point(1, 2)
print(p, p.x, p == (1, 2), hash(p) == hash((1, 2)), [p], p + (3,))
class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
    def __missing__(self, k):
        return 0
c = Counter("abca")
print(c, c["z"], sorted(c.items()), isinstance(c, dict))
class D(dict):
    pass
d = D(a=1)
print(d, type(d).__name__, d.get("a"))
