from functools import partial, reduce


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(4), cube(2), square(5, mod=7))
two_to = partial(power, 2)
print(two_to(10), two_to.func is power, two_to.args, two_to.keywords)
p = partial(partial(power, 3), mod=5)
print(p(4), p.args, p.keywords, p.func is power)
print(repr(partial(max, 1, key=abs)).replace(hex(id(max)), "ADDR"))
print(partial(int, base=2)("1011"), list(map(partial(mul, 3), [1, 2, 3])))
print(reduce(add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(add, [], 10), reduce(add, ["x"]))
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
greet = partial(print, "hello", sep="-")
greet("world", "!")


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = property(lambda self: partial(self.set_state, True))


c = Cell()
c.set_alive()
print(c.alive)
print(partial(sorted, key=len)(["ccc", "a", "bb"]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
