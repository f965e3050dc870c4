# sum() of a generator: ints, overflow into big ints, floats, mixed types, what the generator sees
import sys


def squares(n):
    for i in range(n):
        got = yield i * i
        if got is not None:
            print("sent", got)


print(sum(squares(1000)), sum(squares(0)), sum(squares(5), 100))
print(sum(x for x in [2**62, 2**62, 2**62, -(2**62), 1]))
print(sum(x for x in [1, 2, 0.5, 3, 2**70, 0.25]))
print(sum((x for x in [0.1] * 10), 0.0), sum((x for x in [1, 2]), 0.5))
print(sum(x for x in [True, True, 3, False]), sum(b for b in [True, False, True]))
print(sum((x for x in [[1], [2, 3]]), []), sum(x for x in [1.5, 2, True]))
print(sum(sum(range(i)) for i in range(10)), sum(sum(j for j in range(i)) for i in range(10)))


class Probe:
    def __init__(self, gen_ref):
        self.gen_ref = gen_ref

    def __radd__(self, other):
        g = self.gen_ref[0]
        print("radd", other, g.gi_running)
        return other + 1000


def mixed(ref):
    yield 1
    yield 2
    yield Probe(ref)
    yield 3
    print("running inside sum:", ref[0].gi_running)
    yield 4


ref = []
g = mixed(ref)
ref.append(g)
print(sum(g))


def fails():
    yield 1
    yield 2
    raise KeyError("boom")


try:
    sum(fails())
except KeyError as e:
    print("KeyError", e)


def reenters():
    yield 1
    yield next(me)


me = reenters()
try:
    sum(me)
except ValueError as e:
    print("ValueError:", e)


def handling():
    try:
        raise OSError("inside")
    except OSError:
        for i in range(3):
            yield i
            print("handling:", sys.exc_info()[1])
    yield 10


print(sum(handling()), sys.exc_info()[1])


def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


print(sum(cleanup()))
def chained():
    yield from range(3)
    yield from squares(4)
    yield 0.5


print(sum(chained()), sum(chained(), 0.25))
half = squares(10)
print(next(half), next(half), sum(half), list(half))
print(sum(x * x for x in range(10**4)))


def bad():
    yield 1
    yield "x"


try:
    sum(bad())
except TypeError as e:
    print("TypeError:", e)
sum(fails())
