from typing import NamedTuple, List, Optional


class Employee(NamedTuple):
    name: str
    id: int = 3


e = Employee("ann")
print(e, Employee("bob", 7), Employee._fields, Employee._field_defaults, isinstance(e, tuple))
print(Employee.__annotations__, e._asdict(), e._replace(id=9), Employee._make(["c", 1]))
name, ident = e
print(name, ident, e[0], len(e), e == ("ann", 3), hash(e) == hash(("ann", 3)))


class Point(NamedTuple):
    x: float
    y: float

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3.0, 4.0)
print(p.dist(), str(p), repr(p), sorted([Point(2, 1), Point(1, 2)]))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print("TypeError", ex)
try:
    class Bad2(NamedTuple):
        a: int

        def _make(self):
            pass
except AttributeError as ex:
    print("AttributeError", ex)
E2 = NamedTuple("E2", [("x", int), ("y", float)])
print(E2(1, 2.0), E2.__annotations__, E2._fields)
for bad in [lambda: Employee(), lambda: Employee("a", 1, 2), lambda: Point(1, z=2)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError", ex)
try:
    p.x = 5
except AttributeError as ex:
    print("AttributeError", ex)


class Row(NamedTuple):
    cells: List[int]
    note: Optional[str] = None


print(Row([1, 2]), Row([3], "n").note)
