# async/await basics: sequential awaits versus concurrent tasks
# topic: async-await
#
# Calling an `async def` function does not run it: it returns a coroutine object, and `await`
# runs it to completion before the next line. Two awaits in a row therefore take the sum of their
# delays; wrapping the coroutines in tasks first lets them wait at the same time.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def say_after(delay, what):
    await asyncio.sleep(delay)
    log(what)
    return what.upper()


async def sequential():
    log("sequential: start")
    a = await say_after(1, "hello")
    b = await say_after(2, "world")
    log(f"sequential: got {a} {b} after 3 s")


async def concurrent():
    log("concurrent: start")
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    a = await task1
    b = await task2
    log(f"concurrent: got {a} {b} after only 2 s")


async def main():
    c = say_after(1, "never")
    print("say_after(1, 'never') is a", type(c).__name__, "named", c.__qualname__)
    c.close()  # we never run it; closing it avoids the 'never awaited' warning
    print(asyncio.iscoroutinefunction(say_after), asyncio.iscoroutine(say_after))
    await sequential()
    await concurrent()


asyncio.run(main())
