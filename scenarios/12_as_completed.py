# as_completed: handle results in the order they finish
# topic: as-completed
#
# `asyncio.as_completed(tasks)` gives one awaitable per task; awaiting the next one returns the
# result of whichever task finishes next, so fast results are handled without waiting for slow
# ones. In Python 3.11 these awaitables are new coroutines, not the original tasks, so results
# that need a label should carry it.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name, seconds


async def main():
    # Create the tasks first: as_completed would start bare coroutines in an arbitrary order.
    tasks = [asyncio.create_task(download(name, s))
             for name, s in [("big.iso", 3.0), ("small.txt", 0.5), ("photo.jpg", 1.5)]]
    for i, next_done in enumerate(asyncio.as_completed(tasks), 1):
        name, seconds = await next_done
        log(f"#{i}: {name} arrived (took {seconds} s)")

    tasks = [asyncio.create_task(download(name, s))
             for name, s in [("mirror-a", 0.5), ("mirror-b", 5.0)]]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=2.0):
            name, _ = await next_done
            log(f"{name} arrived")
    except TimeoutError:
        log("as_completed timed out; the slow download is still pending")
    log(f"mirror-b done? {tasks[1].done()}")
    tasks[1].cancel()


asyncio.run(main())
