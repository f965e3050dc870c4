from typing import Any, Optional, Union, List, Dict, Iterable, Iterator, Sequence, Mapping, Callable, Hashable, Sized, Awaitable, Generator
import typing

print(isinstance([], List), isinstance({}, Dict), isinstance(1, Union[int, str]), isinstance(None, Optional[int]))
print(isinstance([], Iterable), isinstance(iter([]), Iterator), issubclass(list, Sequence), isinstance({}, Mapping))
print(isinstance(len, Callable), isinstance(1, Hashable), isinstance([], Hashable), isinstance("", Sized))
print(isinstance((x for x in []), Generator), isinstance(3, Iterable), isinstance("s", Union[int, float]))
for f in [lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: List(), lambda: Optional[int, str],
          lambda: Union[()], lambda: Any(), lambda: isinstance(1, Optional), lambda: Optional(), lambda: Dict(),
          lambda: typing.Generic[int], lambda: isinstance(1, Union[List[int], str])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(typing.Deque[int]() if hasattr(typing, "Deque") else None, typing.DefaultDict(list), typing.Counter("aab"))


@typing.runtime_checkable
class Closable(typing.Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        print("closed")


class Rock:
    pass


print(isinstance(File(), Closable), isinstance(Rock(), Closable))
print(isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsInt), isinstance(2.5, typing.SupportsFloat))
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__name__)


@typing.overload
def f(x: int) -> int: ...
@typing.overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(3), typing.Literal["a", 1], typing.ClassVar[int], typing.Final[int], typing.Annotated[int, "meta"])
print(typing.NoReturn, typing.Hashable, typing.Sized, typing.ContextManager[int], typing.AsyncContextManager, typing.Text)
