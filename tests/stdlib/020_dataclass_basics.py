from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(p.x, p.y, Point.__doc__, Point.y)
p.x = 10
print(p, repr(p))


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)


a = Inventory("a")
b = Inventory("a")
a.items.append("sword")
print(a, b, a.items is b.items, Inventory("z", count=5) == Inventory("z", count=9))


@dataclass
class Task:
    name: str
    priority: int = 1
    done: bool = False

    def complete(self):
        self.done = True
        return self


t = Task("write", 3)
print(t, t.complete(), Task("x") == Task("x"))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, z=3),
            lambda: Task(), lambda: hash(Point(1))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print("ValueError", e)


@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)

    def __post_init__(self):
        self.total = self.a + self.b


print(WithPost(2, 3))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())


@dataclass(repr=False, eq=False)
class NoRepr:
    v: int


n = NoRepr(1)
print(n == NoRepr(1), n == n, "object at" in repr(n))
print(Inventory.__doc__, WithPost.__doc__)
