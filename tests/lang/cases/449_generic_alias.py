# Subscripted builtin classes are types.GenericAlias objects; __class_getitem__ of user classes.
import types

a = list[int]
print(a, type(a) is types.GenericAlias, a.__origin__, a.__args__, a([1, 2]))
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[str] | None)
print(list[int] == list[int], list[int] == list[str], list[int].__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


print(Box[int])


class Stack(list[int]):
    pass


s = Stack([1, 2])
print(s, Stack.__mro__, Stack.__orig_bases__)


def f(x: list[str], y: dict[str, int] | None = None) -> tuple[int, str]:
    pass


print(f.__annotations__)
