# Cancellation with slow cleanup
# topic: cancellation
#
# `task.cancel()` only requests cancellation: a CancelledError is thrown into the task at its
# current `await`, and the task may take its time to clean up (even await more things) before it
# re-raises. Whoever awaits the task sees the CancelledError only once the cleanup is finished.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def worker():
    try:
        while True:
            log("worker: working")
            await asyncio.sleep(1)
    except asyncio.CancelledError as err:
        log(f"worker: got {err!r}, saving state (takes 2 s)")
        await asyncio.sleep(2)
        log("worker: state saved, re-raising")
        raise
    finally:
        log("worker: finally block")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(2.5)
    log(f"main: cancel() returned {task.cancel('shutdown requested')}")
    log(f"main: cancelling() = {task.cancelling()}, done() = {task.done()}")
    try:
        await task
    except asyncio.CancelledError as err:
        log(f"main: task ended with {err!r}")
    log(f"main: task.cancelled() = {task.cancelled()}")


asyncio.run(main())
