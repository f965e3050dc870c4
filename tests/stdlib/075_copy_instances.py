# copy, from CPython's own Lib: copies of a class's instances (object.__reduce_ex__).
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Polygon:
    def __init__(self, points, name):
        self.points = points
        self.name = name


p = Polygon([Point(0, 0), Point(1, 0)], 'seg')
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.points.append(Point(1, 1))
p.points[0].x = 42
print(p2.points, p2.name)
print(p3.points, p3.name)
print(type(p3).__name__, p3.points is p.points)


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


s1 = Slotted([1], 2)
s2 = copy.deepcopy(s1)
s3 = copy.copy(s1)
print(s2.x, s2.y, s2.x is s1.x, s3.x is s1.x)
