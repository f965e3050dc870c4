# sys.set_asyncgen_hooks: firstiter sees each async generator once, at its first iteration (what
# asyncio's loop uses to close unfinished ones at shutdown).
import sys

seen = []


def firstiter(agen):
    seen.append(agen.__name__)
    print("firstiter", agen.__qualname__)


def finalizer(agen):
    print("finalizer", agen.__name__)


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker finally")


async def echo():
    while True:
        got = yield
        print("echo got", got)


def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return stop.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


first, final = sys.get_asyncgen_hooks()
print(first, final)
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
first, final = sys.get_asyncgen_hooks()
print(first is firstiter, final is finalizer)

t = ticker(2)
print("created, not iterated:", seen)
print(drive(t.__anext__()), drive(t.__anext__()), drive(t.__anext__()))
print(seen)

e = echo()
drive(e.asend(None))
drive(e.asend("x"))
print(seen)

closed_first = ticker(1)
drive(closed_first.aclose())
thrown_first = ticker(1)
try:
    drive(thrown_first.athrow(ValueError("boom")))
except ValueError as exc:
    print("athrow raised", exc)


async def consume():
    async for x in ticker(1):
        print("async for", x)
    return [x async for x in ticker(2)]

print(drive(consume()))
print(seen)

# Only the hooks passed change; None clears one.
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks()[0] is firstiter, sys.get_asyncgen_hooks()[1])
sys.set_asyncgen_hooks(None)
print(sys.get_asyncgen_hooks()[0], len(sys.get_asyncgen_hooks()))
drive(ticker(0).__anext__())
print(len(seen))

for bad in [dict(firstiter=1), dict(finalizer="x"), dict(firstiter=2, finalizer=3)]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as exc:
        print("TypeError:", exc)


def failing(agen):
    raise RuntimeError("firstiter failed for " + agen.__name__)


sys.set_asyncgen_hooks(firstiter=failing)
g = ticker(3)
try:
    g.__anext__()
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(drive(g.__anext__()))
sys.set_asyncgen_hooks(firstiter=None)
h = ticker(1)
sys.set_asyncgen_hooks(firstiter=failing)
h.asend(None)
