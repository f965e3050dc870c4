# annotations are parsed and ignored
from types import GeneratorType
def gen(n: int) -> "Generator[int, None, None]":
    yield n
x: int = 5
y: list[int] = [1]
z: int | None = None
class C:
    attr: str = "a"
    other: dict[str, list[int]]
print(x, y, z, C.attr, isinstance(gen(1), GeneratorType), hasattr(C, "other"))
