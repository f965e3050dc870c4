# Generator-based coroutines: types.coroutine and the bare yield under asyncio
# topic: coroutines
#
# Before `async def`, coroutines were generators, and asyncio still works that way underneath:
# `await x` delegates to x like `yield from`, and what finally reaches the driver is a bare
# `yield`. `types.coroutine` turns a generator into something `await` accepts, so we can drive an
# async function by hand with send(), and see that asyncio.sleep(0) is nothing but a bare yield.
import asyncio
import types


@types.coroutine
def suspend(reason):
    print(f"  suspend: handing {reason!r} to the driver")
    received = yield reason
    print(f"  suspend: resumed with {received!r}")
    return received


async def worker():
    print("worker: start")
    a = await suspend("first stop")
    b = await suspend("second stop")
    print("worker: returning", a + b)
    return a + b


coro = worker()
print("worker() gives a", type(coro).__name__)
print("driver received:", coro.send(None))
print("driver received:", coro.send(10))
try:
    coro.send(32)
except StopIteration as stop:
    print("worker finished with", stop.value)


@types.coroutine
def yield_to_loop():
    yield  # what asyncio.sleep(0) does: the Task reschedules itself with call_soon


@types.coroutine
def legacy_fetch(name):
    # Old-style (Python 3.4) coroutine: `yield from` on an awaitable.
    yield from asyncio.sleep(0.5)
    return f"legacy data for {name}"


async def ping(name, rounds):
    for i in range(rounds):
        print(f"{name} {i}")
        await yield_to_loop()


async def main():
    await asyncio.gather(ping("ping", 3), ping("pong", 3))
    print(await legacy_fetch("lecture"))


asyncio.run(main())
