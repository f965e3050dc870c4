# An Event as a start signal
# topic: events
#
# `await event.wait()` parks a task until some other task calls `event.set()`; then every waiter
# wakes up, in the order they started waiting. Here the runners line up, the starter counts down
# and fires the signal once.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def runner(name, start, seconds):
    log(f"{name}: on the starting line")
    await start.wait()
    log(f"{name}: go!")
    await asyncio.sleep(seconds)
    log(f"{name}: finished in {seconds} s")


async def starter(start):
    for n in (3, 2, 1):
        log(f"starter: {n}...")
        await asyncio.sleep(0.5)
    start.set()
    log(f"starter: signal fired, is_set() = {start.is_set()}")


async def main():
    start = asyncio.Event()
    await asyncio.gather(runner("ann", start, 1.4), runner("bo", start, 1.1),
                         runner("cy", start, 1.6), starter(start))
    late = asyncio.create_task(runner("dee", start, 0.3))
    await late  # the event is still set, so wait() returns at once
    start.clear()
    log(f"after clear(): is_set() = {start.is_set()}")


asyncio.run(main())
