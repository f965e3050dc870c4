from dataclasses import dataclass, replace, astuple, asdict, field
from collections import namedtuple


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return replace(self, amount=self.amount + other.amount)


a, b = Money(5), Money(7)
print(a + b, {a: 1, Money(5): 2}, len({a, Money(5), b}), replace(a, currency="USD"))
try:
    a + Money(1, "USD")
except ValueError as e:
    print("ValueError", e)
Pair = namedtuple("Pair", "left right")


@dataclass
class Box:
    items: list
    pair: Pair
    meta: dict = field(default_factory=dict)
    nested: tuple = ()


box = Box([Money(1)], Pair(Money(2), 3), {"k": Money(4)}, (Money(5), [6]))
print(asdict(box))
print(astuple(box))
print(type(asdict(box)["pair"]).__name__, type(astuple(box)[1]).__name__)
fz = Money(1)
try:
    replace(fz, amount=2, bogus=3)
except TypeError as e:
    print("TypeError", e)
print(fz == Money(1), fz is not Money(1), hash(fz) == hash(Money(1)))
