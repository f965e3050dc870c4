# a tuple subclass with named fields, as namedtuple builds them
class Pair(tuple):
    def __new__(cls, first, second):
        return super().__new__(cls, (first, second))
    first = property(lambda self: self[0])
    second = property(lambda self: self[1])
    def __repr__(self):
        return f"Pair(first={self[0]!r}, second={self[1]!r})"
p = Pair("a", 2)
a, b = p
print(p, p.first, p.second, a, b, len(p), p[::-1], sorted([Pair(2, 1), Pair(1, 9)]))
