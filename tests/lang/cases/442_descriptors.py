# Descriptors written in Python: __get__, __set__, __delete__ and __set_name__, data descriptors
# before the instance dict, non-data ones after it, and access through the class.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.slot)


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, sorted(vars(p)), Point.x.name, type(Point.__dict__["x"]).__name__)
p.__dict__["x"] = 99
print(p.x)
try:
    p.y = "no"
except TypeError as e:
    print(e)
del p.x
print(p.x)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        if obj is None:
            return "class access"
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, Circle.area)
c.area = 5
print(c.area)


class Const:
    def __get__(self, obj, cls):
        return 42


class Holder:
    answer = Const()


h = Holder()
h.answer = 1
print(h.answer, Holder.answer)


class Logged:
    def __get__(self, obj, cls):
        return (type(obj).__name__, cls.__name__)


class Base:
    attr = Logged()


class Child(Base):
    pass


print(Child().attr, Child.attr)
