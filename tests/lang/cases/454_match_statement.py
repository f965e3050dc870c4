# The match statement: literal, capture, wildcard, value, sequence, mapping, class, or and as
# patterns, guards, and the order cases are tried in.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Color:
    RED = "red"
    GREEN = "green"


def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case -1:
            return "minus one"
        case None:
            return "none"
        case True:
            return "true?"
        case "hi" | "hello":
            return "greeting"
        case Color.RED:
            return "red!"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one {x}"
        case [x, y] if x == y:
            return f"pair of {x}"
        case [first, *rest] if len(rest) > 2:
            return f"long from {first}, rest {rest}"
        case (a, b, *_):
            return f"starts {a} {b}"
        case {"type": "move", "to": [tx, ty], **others}:
            return f"move to {tx},{ty} with {others}"
        case {"type": kind}:
            return f"event {kind}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case str() as s:
            return f"string {s!r}"
        case int(n):
            return f"int {n}"
        case _:
            return "other " + type(v).__name__


tests = [0, 1, -1, None, True, "hi", "red", [], (), [5], [2, 2], [2, 3], [1, 2, 3, 4, 5],
         (7, 8, 9), {"type": "move", "to": [1, 2], "speed": 3}, {"type": "click", "x": 1},
         Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 1000, 250.5, "other", 42, 3.5,
         {1, 2}, range(3), b"ab"]
for t in tests:
    print(repr(t) if not isinstance(t, Point) else f"Point({t.x}, {t.y})", "->", describe(t))


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item, *more]:
            return f"taking {item}" + (f" and {more}" if more else "")
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case _:
            return "nothing"


for c in ["go north", "go up", "take lamp", "take key coin map", "exit", "dance now", ""]:
    print(repr(c), command(c))

match 3, 4:
    case (3, y):
        print("tuple subject", y)
value = {"a": 1}
match value:
    case {"a": 1, **rest} if not rest:
        print("exactly a")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match 5:
    case x:
        print("captured", x)
print(x)
from_match = None
match "z":
    case "a":
        from_match = "a"
print(from_match)
