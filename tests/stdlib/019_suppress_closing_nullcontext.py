from contextlib import suppress, closing, nullcontext, redirect_stdout, ExitStack

with suppress(KeyError):
    {}["missing"]
print("suppressed KeyError")
with suppress(ValueError, TypeError):
    int("x")
print("suppressed ValueError")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes", e)
with suppress():
    pass
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("remaining", repr(eg))


class Resource:
    def close(self):
        print("closed resource")


with closing(Resource()) as r:
    print("have", type(r).__name__)
with nullcontext() as x:
    print("nullcontext gives", x)
with nullcontext("value") as x:
    print("nullcontext gives", x)


def maybe_lock(lock=None):
    return lock if lock is not None else nullcontext()


with maybe_lock():
    print("no lock needed")
class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


buf = Buffer()
with redirect_stdout(buf):
    print("captured text")
print("buffer:", repr(buf.getvalue()))
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "exit", i)
    print("body")
with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("ExitStack suppressed")
with ExitStack() as outer:
    outer.callback(print, "moved callback")
    saved = outer.pop_all()
print("before close")
saved.close()


class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self.n

    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False


try:
    with ExitStack() as s:
        vals = [s.enter_context(CM(i)) for i in range(2)]
        print(vals)
        raise RuntimeError("x")
except RuntimeError:
    print("propagated")
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)
