# Function annotations are evaluated at definition and stored in __annotations__ in parameter
# order with 'return' last.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True


print(f.__annotations__)


def g(x, y=1):
    pass


print(g.__annotations__, (lambda z: z).__annotations__)


class C:
    def m(self, n: int) -> "C":
        return self

    async def am(self, t: float = 0.5) -> None:
        pass


print(C.m.__annotations__, C.am.__annotations__)
order = []


def note(v):
    order.append(v)
    return v


def h(p: note("p") = note("default"), *, q: note("q") = note("kwdefault")) -> note("ret"):
    pass


print(order, h.__annotations__)
f.__annotations__["extra"] = 1
print(sorted(f.__annotations__))
try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print(e)
