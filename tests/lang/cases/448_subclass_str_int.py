# Subclasses of str, int, bytes, classmethod, staticmethod and property.
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
print(n, repr(n), n.shout(), n + "x", type(n + "x").__name__, len(n), n[0], n == "ada")
print(isinstance(n, str), type(n).__name__, {n: 1}["ada"], "ada" in {n}, n.title(), f"{n:>5}|")
print(str(n), type(str(n)).__name__, n * 2, "-".join([n, n]), n.startswith("a"), sorted([Name("b"), n]))


class Tag(str):
    def __new__(cls, value, level=1):
        obj = super().__new__(cls, value.lower())
        obj.level = level
        return obj

    def __repr__(self):
        return f"Tag({str.__repr__(self)}, {self.level})"


t = Tag("HTML", 2)
print(t, repr(t), t.level, t.upper(), [t])


class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents))

    def __str__(self):
        return f"${self / 100:.2f}"

    def __add__(self, other):
        return Money(int(self) + int(other))


m = Money(1050)
print(m, repr(m), m + 25, type(m + 25).__name__, m * 2, type(m * 2).__name__, m > 1000, int(m))
print(isinstance(m, int), hash(m) == hash(1050), m // 100, -m, abs(Money(-5)), bool(Money(0)))
print(list(range(Money(3))), [10, 20, 30][Money(1)], f"{m:08d}", format(m, "x"), str(m), "%d" % m)


class Bits(int):
    pass


print(Bits(5) | 2, Bits(7).bit_length(), Bits("ff", 16), Bits(), repr(Bits(-3)))


class Blob(bytes):
    def size(self):
        return len(self)


print(Blob(b"abc").size(), Blob(b"ab") + b"c", Blob(b"abc"), Blob(b"xyz")[0])


class traced(classmethod):
    def __init__(self, func):
        print("wrapping", func.__name__)
        super().__init__(func)


class UsesTraced:
    @traced
    def make(cls):
        return cls.__name__


print(UsesTraced.make(), UsesTraced().make(), type(UsesTraced.__dict__["make"]).__name__)


class cached(property):
    pass


class P:
    @cached
    def value(self):
        return 7


print(P().value, type(P.__dict__["value"]).__name__)


class static(staticmethod):
    pass


class S:
    @static
    def f(x):
        return x * 2


print(S.f(2), S().f(3))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
