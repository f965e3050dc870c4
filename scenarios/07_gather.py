# gather: run awaitables concurrently, collect results in order
# topic: gather
#
# `asyncio.gather` wraps each coroutine in a task, waits for all of them and returns their results
# in the order of the arguments, not the order they finished. If one fails, gather raises that
# error at once but the others keep running; with `return_exceptions=True` errors become results.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def fetch(name, delay, fail=False):
    log(f"fetch {name}: start")
    await asyncio.sleep(delay)
    if fail:
        log(f"fetch {name}: failed")
        raise ConnectionError(f"{name} unreachable")
    log(f"fetch {name}: done")
    return f"<{name}>"


async def main():
    results = await asyncio.gather(fetch("slow", 1.5), fetch("fast", 0.5), fetch("mid", 1.0))
    log(f"results in argument order: {results}")

    results = await asyncio.gather(
        fetch("ok", 0.5), fetch("broken", 1.0, fail=True), return_exceptions=True)
    log(f"with return_exceptions: {results!r}")

    try:
        await asyncio.gather(fetch("broken2", 0.5, fail=True), fetch("survivor", 1.0))
    except ConnectionError as err:
        log(f"gather raised {err!r}; the survivor keeps running")
    await asyncio.sleep(1.0)
    log("main done")


asyncio.run(main())
