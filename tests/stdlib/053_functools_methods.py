from functools import partialmethod, cached_property, singledispatchmethod, total_ordering, wraps
from dataclasses import dataclass


class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        print("computing stats")
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


class Sub(Dataset):
    pass


d = Sub([3, 1, 4, 1, 5])
print(d.stats, d.stats)
d.values.append(100)
print(d.stats)
del d.stats
print(d.stats)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"obj:{arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:04d}"

    @fmt.register(list)
    def _(self, arg):
        return "list:" + ",".join(self.fmt(x) for x in arg)


f = Formatter()
print(f.fmt(7), f.fmt("s"), f.fmt([1, "a"]))


@total_ordering
@dataclass(eq=True)
class Grade:
    score: int

    def __lt__(self, other):
        return self.score < other.score


print(Grade(3) <= Grade(3), Grade(5) > Grade(2), sorted([Grade(2), Grade(1)]))


def trace(fn):
    @wraps(fn)
    def inner(self, *a):
        print("trace", type(self).__name__, fn.__name__, a)
        return fn(self, *a)
    return inner


class Calc:
    @trace
    def add(self, a, b):
        return a + b


print(Calc().add(2, 3), Calc.add.__name__, Calc.add.__qualname__)
