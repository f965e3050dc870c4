from typing import Generic, TypeVar, Protocol, Dict, List, Optional, Iterator, Callable

K = TypeVar("K")
V = TypeVar("V")


class Cache(Generic[K, V]):
    def __init__(self) -> None:
        self._data: Dict[K, V] = {}

    def put(self, k: K, v: V) -> None:
        self._data[k] = v

    def get(self, k: K) -> Optional[V]:
        return self._data.get(k)

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)


c: Cache[str, int] = Cache()
c.put("a", 1)
print(c.get("a"), c.get("b"), list(c), Cache[str, int], type(c).__name__)


class Greeter(Protocol):
    def greet(self, name: str) -> str:
        ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello {name}"


class Pirate:
    def greet(self, name: str) -> str:
        return f"Ahoy {name}"


def welcome(g: Greeter, names: List[str]) -> List[str]:
    return [g.greet(n) for n in names]


print(welcome(English(), ["a"]), welcome(Pirate(), ["b", "c"]))
Handler = Callable[[str], None]
handlers: List[Handler] = [print]
for h in handlers:
    h("handled")
print(Handler, K, V, Generic, Protocol.__name__)
T_co = TypeVar("T_co", covariant=True)


class Box(Generic[T_co]):
    def __init__(self, item: T_co) -> None:
        self.item = item

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


print(Box(3), Box[int](4), Box[int], T_co)
