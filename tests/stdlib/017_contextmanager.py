from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("h1") as t:
    print("inside", t)


@contextmanager
def managed():
    print("acquire")
    try:
        yield 1
    except ValueError as e:
        print("handled", e)
    finally:
        print("release")


with managed() as r:
    print("using", r)
with managed():
    raise ValueError("boom")
print("after suppressed")
try:
    with managed():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def timer(label):
    print("start", label)
    yield
    print("stop", label)


@timer("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(5))
print(work(6))


@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")


try:
    with reraise_other():
        1 / 0
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)


@contextmanager
def stop_iter():
    yield


try:
    with stop_iter():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passes through:", e)
cm = tag("p")
print(type(cm).__name__)
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
