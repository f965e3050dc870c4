# properties are inherited and can be overridden
class Shape:
    @property
    def area(self):
        return 0
    def describe(self):
        return f"{type(self).__name__} with area {self.area}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
for s in [Shape(), Square(3), Circle(1)]:
    print(s.describe())
print(sorted([Square(2), Circle(2), Square(1)], key=lambda s: s.area)[0].describe())
