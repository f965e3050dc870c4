from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Awaitable, Coroutine,
                    AsyncIterator, AsyncGenerator, Generator, Iterator, Iterable, TypeVar, Generic,
                    cast, TYPE_CHECKING, Sequence, Mapping, Type, FrozenSet, Deque, DefaultDict)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, Co, Contra, T.__name__, K.__bound__, TypeVar("S", int, str).__constraints__)
print(Any, Optional, Union, Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, int]])
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple, Callable[[int, str], bool], Callable[..., int], Callable)
print(Iterator[int], Generator[int, None, None], Awaitable[str], Coroutine[Any, Any, int], AsyncIterator[bytes])
print(AsyncGenerator[int, None], Iterable, Type[int], Set[int], FrozenSet[str], Sequence[T], Mapping[str, Any], Deque[int], DefaultDict[str, int])
print(Optional[List[int]], Union[int, str].__args__, List[int].__origin__, List[int].__args__)
print(Union[int, str] == Union[str, int], List[int] == List[int], cast(int, "x"), TYPE_CHECKING)


def greet(name: str, times: int = 1) -> List[str]:
    return [f"hi {name}"] * times


async def fetch(url: str) -> Optional[Dict[str, Any]]:
    return None


def handler(cb: Callable[[int], None], items: Iterable[int]) -> None:
    for i in items:
        cb(i)


print(greet("x", 2), greet.__annotations__["return"], fetch.__annotations__)
handler(print, [1, 2])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int], isinstance(s, Stack), issubclass(Stack, Generic))
s2 = Stack[str]()
s2.push("a")
print(s2.items)
counter: Dict[str, int] = {}
maybe: Optional[int] = None
pair: Tuple[int, str] = (1, "a")
print(counter, maybe, pair)
if TYPE_CHECKING:
    print("never printed")
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Optional[int]), typing.get_args(Optional[int]))
print(typing.get_args(Callable[[int], str]), typing.get_origin(int))
