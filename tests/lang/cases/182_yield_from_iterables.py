# yield from over arbitrary iterables
def g():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    yield from (x * x for x in range(3))
print(list(g()))
