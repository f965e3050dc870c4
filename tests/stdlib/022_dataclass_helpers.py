from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, make_dataclass, InitVar, MISSING
from typing import List, Optional, ClassVar


@dataclass
class Address:
    city: str
    zip: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: List[str] = field(default_factory=list)
    nickname: Optional[str] = None
    species: ClassVar[str] = "human"


p = Person("Ann", 30, Address("Oslo"), ["a", "b"])
print(p)
print(asdict(p))
print(astuple(p))
print([f.name for f in fields(p)], [f.name for f in fields(Person)])
f0 = fields(Person)[0]
print(f0.name, f0.type, f0.default is MISSING, fields(Person)[3].default_factory)
q = replace(p, age=31, nickname="annie")
print(q, p.age, q.address is p.address)
print(is_dataclass(p), is_dataclass(Person), is_dataclass(5), Person.species)
try:
    replace(p, height=1)
except TypeError as e:
    print("TypeError", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Person)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Config:
    path: str
    debug: InitVar[bool] = False
    level: int = field(init=False, default=0)

    def __post_init__(self, debug):
        self.level = 10 if debug else 20


print(Config("/tmp"), Config("/x", True), [f.name for f in fields(Config)])
Pt = make_dataclass("Pt", ["x", ("y", int), ("z", int, field(default=5))])
print(Pt(1, 2), Pt(1, 2, 3), [f.name for f in fields(Pt)])
Ord = make_dataclass("Ord", [("a", int)], order=True)
print(Ord(1) < Ord(2))


@dataclass
class Matrix:
    rows: list


m = Matrix([[1, 2], [3, 4]])
d = asdict(m)
d["rows"][0][0] = 99
print(m, d)
print(asdict(Address("Rome"), dict_factory=lambda kv: {k.upper(): v for k, v in kv}))
print(repr(fields(Address)[1]).startswith("Field(name='zip'"))


@dataclass
class Kw:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = field(kw_only=True)


print(Kw(1, c=3), Kw(1, b=5, c=0))
try:
    Kw(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Kw(1)
except TypeError as e:
    print("TypeError", e)
