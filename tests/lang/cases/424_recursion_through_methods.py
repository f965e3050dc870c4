# Recursion through special methods and callbacks that C++ code calls: RecursionError with
# CPython's message, which names the check that struck (the comparison, the repr, the call of a
# builtin that CPython checks), at the same depths as CPython.
import sys


def wrap(k, f):
    if k == 0:
        return f()
    return wrap(k - 1, f)


class Eq:
    def __eq__(self, o):
        return self == o


class Lt:
    def __lt__(self, o):
        return self < o


class H:
    def __hash__(self):
        return hash(self)


class A:
    def __abs__(self):
        return abs(self)


class R:
    def __repr__(self):
        return repr(self)


class L:
    def __len__(self):
        return len(self)


class I:
    def __iter__(self):
        return iter(self)


class M:
    def f(self):
        return max([1, 2], key=lambda v: self.f())


class Srt:
    def f(self):
        return sorted([1, 2], key=lambda v: self.f())


class G:
    def __getattr__(self, n):
        return getattr(self, n)


class B:
    def __bool__(self):
        return bool(self)


class Gen:
    def __iter__(self):
        yield from self


cases = [
    ("eq", lambda: Eq() == Eq()),
    ("lt", lambda: Lt() < Lt()),
    ("hash", lambda: hash(H())),
    ("abs", lambda: abs(A())),
    ("repr", lambda: repr(R())),
    ("len", lambda: len(L())),
    ("iter", lambda: iter(I())),
    ("max key", lambda: M().f()),
    ("getattr", lambda: G().x),
    ("bool", lambda: bool(B())),
    ("yield from", lambda: list(Gen())),
]
for name, f in cases:
    found = []
    for k in range(4):
        try:
            wrap(k, f)
            found.append("no error")
        except RecursionError as e:
            found.append(str(e))
    print(name, found)

# sorted() with a key: the message depends on whether CPython has specialized the call yet;
# from three frames down it has.
for k in range(3, 6):
    try:
        wrap(k, lambda: Srt().f())
    except RecursionError as e:
        print("sorted key", k, e)


# str() and print() of an object whose __str__ recurses: CPython counts its first, unspecialized
# call of str() or print() once more, so only the exception type is compared.
class S:
    def __str__(self):
        return str(self)


class P:
    def __str__(self):
        print(self)
        return ""


for name, f in [("str", lambda: str(S())), ("print", lambda: print(P())), ("f-string", lambda: f"{S()}")]:
    try:
        f()
    except RecursionError:
        print(name, "RecursionError")

# The limit is the same number for frames and for these checks, and setrecursionlimit() refuses
# a limit below the depth in use.
def down(n):
    if n == 0:
        try:
            sys.setrecursionlimit(50)
        except RecursionError as e:
            print(e)
        return
    down(n - 1)


down(60)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit(2**40)
except OverflowError as e:
    print(e)
sys.setrecursionlimit(20_000)
print(sys.getrecursionlimit())


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(15_000))
sys.setrecursionlimit(1000)
try:
    count(2000)
except RecursionError as e:
    print("count(2000):", e)
