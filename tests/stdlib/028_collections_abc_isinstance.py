import collections.abc as cabc
from collections import deque, OrderedDict, Counter, defaultdict

values = [[], (), {}, set(), frozenset(), "s", b"b", range(3), iter([]), (x for x in []), 5, 2.5, None,
          OrderedDict(), Counter(), defaultdict(int), {}.keys(), {}.values(), {}.items(), len]
abcs = [cabc.Iterable, cabc.Iterator, cabc.Generator, cabc.Sized, cabc.Container, cabc.Collection,
        cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping, cabc.Set,
        cabc.MutableSet, cabc.Hashable, cabc.Callable, cabc.Reversible, cabc.KeysView,
        cabc.ItemsView, cabc.ValuesView]
for abc in abcs:
    print(f"{abc.__name__:16}", "".join("1" if isinstance(v, abc) else "." for v in values))
print([isinstance(deque(), a) for a in (cabc.MutableSequence, cabc.Sequence, cabc.Iterable, cabc.Sized, cabc.Reversible)])
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence), issubclass(str, cabc.Hashable))
print(cabc.Iterable, cabc.Mapping.__module__, cabc.Sequence.__name__)


async def coro():
    return 1


async def agen():
    yield 1


c = coro()
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(agen(), cabc.AsyncGenerator),
      isinstance(agen(), cabc.AsyncIterator), isinstance(agen(), cabc.AsyncIterable), isinstance(c, cabc.Iterable))
c.close()


class Duck:
    def __iter__(self):
        return iter([])

    def __len__(self):
        return 0


print(isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Collection))


class Fake:
    pass


cabc.Sequence.register(Fake)
print(isinstance(Fake(), cabc.Sequence), isinstance(Fake(), cabc.Reversible), issubclass(Fake, cabc.MutableSequence))
print(cabc.Sequence[int], cabc.Callable[[int], str], cabc.Mapping[str, int])
