from dataclasses import dataclass, field, fields


@dataclass
class Base:
    id: int
    name: str = "unnamed"


@dataclass
class Child(Base):
    extra: list = field(default_factory=list)
    name: str = "child"


c = Child(1)
print(c, [f.name for f in fields(Child)], Child(2, "x", [1]))


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


d = Dog("rex")
print(d, d.speak(), isinstance(d, Animal), Dog("a") == Animal("a", "woof"))


@dataclass
class Shape:
    def area(self):
        raise NotImplementedError


@dataclass
class Rect(Shape):
    w: float
    h: float

    def area(self):
        return self.w * self.h


@dataclass
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


print(Rect(2, 3).area(), Square(4), Square(4).area())


@dataclass
class Point3:
    x: int = 0
    y: int = 0
    z: int = 0

    def __add__(self, other):
        return Point3(self.x + other.x, self.y + other.y, self.z + other.z)


print(Point3(1, 2, 3) + Point3(z=5), Point3())


@dataclass
class Custom:
    value: int

    def __repr__(self):
        return f"<Custom {self.value}>"

    def __eq__(self, other):
        return isinstance(other, Custom) and abs(self.value - other.value) < 2


print(Custom(1), Custom(1) == Custom(2), Custom(1) == Custom(5))
