# from __future__ import annotations: annotations are kept as their source text.
from __future__ import annotations

import __future__


def f(a: int, b: List[Node] = None) -> Optional[Node]:
    pass


class C:
    x: int
    y: dict[str, int] = {}

    def m(self, other: C) -> C:
        return self


print(f.__annotations__)
print(C.__annotations__, C.m.__annotations__)
print(__future__.annotations.compiler_flag == 0x1000000, annotations.mandatory)
