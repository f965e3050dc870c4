from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, KW_ONLY, InitVar, fields
from typing import ClassVar, List, Optional


@dataclass
class Node:
    value: int
    children: List[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    other: typing.ClassVar[str] = "x"
    scale: InitVar[float] = 1.0
    tag: dataclasses.InitVar[str] = ""

    def __post_init__(self, scale, tag):
        Node.count += 1
        self.value = int(self.value * scale)


root = Node(1)
child = Node(2, parent=root, scale=3)
root.children.append(child)
print(Node.count, child.value, [f.name for f in fields(Node)], [f.type for f in fields(Node)])
print(repr(root)[:40])


@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
    retries: int = 3


print(Opts("a", verbose=True), Opts.__match_args__)
try:
    Opts("a", True)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__match_args__, AllKw.__doc__)
try:
    AllKw(1)
except TypeError as e:
    print("TypeError", e)


@dataclass(match_args=False, repr=True)
class NoMatch:
    x: int


print(hasattr(NoMatch, "__match_args__"), NoMatch(1), NoMatch.__doc__)
