from functools import singledispatch
from collections.abc import Sequence, Mapping, Iterable
from collections import deque, OrderedDict


@singledispatch
def show(x):
    return f"other {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(Sequence)
def _(x):
    return "sequence of " + ", ".join(show(i) for i in x)


@show.register(Mapping)
def _(x):
    return "mapping " + "; ".join(f"{k}={show(v)}" for k, v in x.items())


@show.register(bool)
def _(x):
    return f"bool {x}"


print(show(3), "|", show(True), "|", show([1, (2, 3)]), "|", show({"a": 1}), "|", show(2.5))
print(show(deque([1])), "|", show(OrderedDict(z=0)), "|", show(range(2)), "|", show({1, 2}))
print(show.dispatch(list).__name__, show.dispatch(float) is show.registry[object], sorted(t.__name__ for t in show.registry))


@singledispatch
def total(items):
    raise TypeError(f"cannot total {type(items).__name__}")


@total.register(Iterable)
def _(items):
    return sum(items)


print(total([1, 2]), total(x for x in range(4)), total({5, 6}))
try:
    total(5)
except TypeError as e:
    print("TypeError", e)
