from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point(x=3, y=4), Point(5, y=6))
print(p._asdict(), p._replace(x=10), p._fields, Point._fields)
print(Point._make([7, 8]), Point._make(range(2)))
print(repr(Point), Point.__name__, Point.__doc__)
print(Point.x.__doc__ if hasattr(Point.x, "__doc__") else None)
Car = namedtuple("Car", "make model year", defaults=[2020])
print(Car("vw", "golf"), Car("vw", "polo", 1999), Car._field_defaults)
P3 = namedtuple("P3", "a, b, c")
print(P3(1, 2, 3), P3._fields)
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x"], rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2),
            lambda: Point(1, 2, z=3), lambda: Point(), lambda: Car(),
            lambda: Car(1, 2, 3, 4), lambda: Point._make([1]),
            lambda: p._replace(z=1), lambda: namedtuple("A", "x x"),
            lambda: namedtuple("A", "x _y"), lambda: namedtuple("A", "class"),
            lambda: namedtuple("A", "1x"), lambda: namedtuple("A", "x", defaults=[1, 2]),
            lambda: setattr(p, "x", 5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(2, 1), Point(1, 5)), p + (3,), p * 2, p[:1])
print({p: "origin-ish"}[Point(1, 2)])
One = namedtuple("One", "a")
print(One(1), One._make([2]))
Empty = namedtuple("Empty", [])
print(Empty(), Empty._fields)


class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f"<Vec {self.x},{self.y}>"


v = Vec(3, 4)
print(v, v.norm2(), v._replace(x=0), tuple(v))
print(list(map(Point._make, [(1, 2), (3, 4)])))
