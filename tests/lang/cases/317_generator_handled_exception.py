# A generator or coroutine suspended inside `except` keeps its handled exception across yields
import sys


def gen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        print("after yield:", repr(sys.exc_info()[1]))
        yield 2
        raise


def outside():
    print("caller sees:", repr(sys.exc_info()[1]))


g = gen()
print(next(g))
outside()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("re-raised:", repr(e))
outside()

try:
    raise KeyError("outer")
except KeyError:
    g2 = gen()
    next(g2)
    print("caller in except:", repr(sys.exc_info()[1]))
    next(g2)
    print("caller still:", repr(sys.exc_info()[1]))


def plain():
    yield repr(sys.exc_info()[1])


try:
    raise TypeError("t")
except TypeError:
    p = plain()
    print("plain sees caller's:", next(p))


def two_handlers():
    try:
        raise OSError("a")
    except OSError:
        yield "in a"
        try:
            raise IndexError("b")
        except IndexError:
            yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


print(list(two_handlers()))

class Yield0:
    """One suspension, as asyncio.sleep(0) (the modules are not part of this suite)."""

    def __await__(self):
        yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value



async def handler(name):
    try:
        raise RuntimeError(name)
    except RuntimeError:
        await Yield0()
        try:
            raise
        except RuntimeError as e:
            return f"{name} re-raised {e!r} after await"


async def main():
    a, b = handler("a"), handler("b")
    a.send(None)
    b.send(None)  # both suspended in their except blocks
    for c in (a, b):
        try:
            c.send(None)
        except StopIteration as e:
            print(e.value)
    print("main sees:", repr(sys.exc_info()[1]))


run(main())
