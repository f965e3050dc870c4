from typing import TypedDict, Literal, Final, Optional, Union, List, Dict, Any, ClassVar

MAX_RETRIES: Final = 3
Mode = Literal["r", "w"]


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, m["title"], isinstance(m, dict))
m2: Movie = {"title": "Heat", "year": 1995}
print(m2)


def open_file(path: str, mode: Mode = "r") -> str:
    return f"{path}:{mode}"


def parse(value: Union[int, str, None]) -> Optional[int]:
    if value is None:
        return None
    return int(value)


class Settings:
    registry: ClassVar[Dict[str, Any]] = {}
    name: str

    def __init__(self, name: str) -> None:
        self.name = name
        Settings.registry[name] = self


print(open_file("a.txt"), parse("12"), parse(None), MAX_RETRIES, Mode)
Settings("x")
print(list(Settings.registry), Settings.__annotations__)
print(Literal["r", "w"] == Literal["r", "w"], Optional[Union[int, str]], Union[int, str, None])
