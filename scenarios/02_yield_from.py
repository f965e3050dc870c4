# yield from: delegating to a subgenerator
# topic: generators
#
# `yield from sub` passes every value of the subgenerator straight through to our caller, passes
# every send() straight down to the subgenerator, and finally evaluates to the subgenerator's
# return value. `await` in an async function is the same delegation, which is why a chain of
# awaits behaves like one coroutine.


def read_numbers():
    """Receives numbers by send() until None; returns their sum."""
    total = 0
    while True:
        value = yield f"total so far {total}"
        if value is None:
            return total
        total += value


def accountant(names):
    totals = {}
    for name in names:
        print(f"  accountant: now collecting for {name}")
        totals[name] = yield from read_numbers()  # the return value of read_numbers
        print(f"  accountant: {name} -> {totals[name]}")
    return totals


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3))))

acc = accountant(["rent", "food"])
print(next(acc))
print(acc.send(500))
print(acc.send(700))
print(acc.send(None))  # rent is done; food starts
print(acc.send(42))
try:
    acc.send(None)
except StopIteration as stop:
    print("accountant returned", stop.value)


def inner():
    try:
        yield 1
        yield 2
    except ValueError as err:
        print("  inner caught", repr(err))
        yield "recovered"


def outer():
    result = yield from inner()
    print("  outer: inner returned", result)
    yield "outer continues"


o = outer()
print(next(o))
print(o.throw(ValueError("bad input")))  # throw() is delegated too
print(next(o))
