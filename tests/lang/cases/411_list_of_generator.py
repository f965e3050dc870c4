# list(), tuple(), sorted(), str.join() and unpacking of generators: the items, the order of side
# effects, errors part way, re-entry, finally blocks, delegation
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
    print("done")


print(list(noisy(3)), tuple(noisy(2)), sorted(x % 3 for x in range(7)))
print("-".join(str(i) for i in range(5)), [*(c for c in "abc"), *noisy(1)])
a, *rest = (i * i for i in range(5))
print(a, rest, list(x for x in []), set(x % 2 for x in range(5)))


def fails():
    yield 1
    yield 2
    raise ValueError("part way")


try:
    list(fails())
except ValueError as e:
    print("ValueError:", e)


def reenters():
    yield 1
    yield list(me)


me = reenters()
try:
    list(me)
except ValueError as e:
    print("ValueError:", e)


def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally")


print(list(cleanup()))


def chained():
    yield from range(2)
    yield from noisy(2)
    yield [1, 2]


print(list(chained()))
half = noisy(4)
print(next(half), list(half), list(half))
print(len(list(x for x in range(10**4))))
tuple(fails())
