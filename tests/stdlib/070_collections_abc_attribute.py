import collections

print(collections.abc.Iterable, isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
import collections.abc
print(collections.abc.Iterable is collections.abc.Iterable, issubclass(collections.deque, collections.abc.MutableSequence))
from collections.abc import Iterable, Generator
print(Iterable is collections.abc.Iterable, Generator.__module__)
