# Errors and edge values met inside the dispatch loop's fast paths (locals, cached globals, small
# int arithmetic and comparisons, calls and returns), each followed to its traceback or handler.


def unbound(flag):
    if flag:
        x = 1
    return x


def free_var():
    def inner():
        return y

    r = inner()
    y = 2
    return r


counter = 0


def bump():
    return counter + 1


def overflow(n):
    a = n + 1
    b = -n - 2
    c = n * 3
    return a, b, c, n < a, a - 1 == n


def cmp_mixed(a, b):
    return a < b


class Truth:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        if self.value is None:
            raise ValueError("no truth")
        return self.value


def branch(t):
    if t:
        return "yes"
    return "no"


class BadInit:
    def __init__(self):
        return 5


def depth(n):
    return depth(n + 1) if n >= 0 else 0


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Calc:
    def twice(self, n):
        return n * 2

    def fib(self, n):
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)


def gen(n):
    i = 0
    while i < n:
        yield i * i
        i = i + 1


def show(f, *args):
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


show(unbound, True)
show(unbound, False)
show(free_var)
print(bump())
counter = 10
print(bump())
del counter
show(bump)
counter = 5
print(bump())
show(overflow, 2**62)
show(overflow, 2**63 - 1)
show(overflow, -(2**63))
show(cmp_mixed, 1, 2.5)
show(cmp_mixed, 1, "a")
print(branch(Truth(True)), branch(Truth(False)), branch(0), branch([1]))
show(branch, Truth(None))
show(BadInit)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError", e)
print(fib(15), Calc().fib(15), Calc().twice(21))
print(list(gen(6)), sum(gen(100)))
fib = len
print(fib("abc"))
x = 3
print(x if x < 2 else x + 1)
print(overflow(9223372036854775806)[0] + 0)
unbound(False)
