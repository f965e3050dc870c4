from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 2, "b")]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(Version(1, 2, "x") == Version(1, 2, "y"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash((1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


hand = {Card(10, "h"), Card(2, "s"), Card(10, "h")}
print(len(hand), sorted(hand))


@dataclass(unsafe_hash=True)
class Key:
    k: str


print(hash(Key("a")) == hash(("a",)))


@dataclass
class Mutable:
    v: int


print(Mutable.__hash__)
try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)


print(FrozenPost(4))
try:
    @dataclass
    class Child(Coord):
        extra: int = 0
except TypeError as e:
    print("TypeError", e)


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root)
