from dataclasses import dataclass, field, fields, asdict, MISSING


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    currency: str = field(default="EUR", metadata={"unit": True, "doc": "ISO code"})

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner}: {self.balance}")

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))


acct = Account("ann", 10)
acct.deposit(5.5)
print(acct, acct.history, asdict(acct))
try:
    Account("bob", -1)
except ValueError as e:
    print("ValueError", e)
for f in fields(Account):
    print(f.name, f.type.__name__, "-" if f.default is MISSING else f.default, f.default_factory is MISSING, dict(f.metadata))
print(fields(Account)[3].metadata["doc"], len(fields(Account)[0].metadata))


@dataclass
class Temperature:
    celsius: float

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)


print(Temperature(100).fahrenheit, Temperature.from_f(212))
