# TaskGroup and except*: structured concurrency
# topic: taskgroup
#
# A TaskGroup waits for all its tasks when the `async with` block ends. When a task fails, the
# group cancels the remaining tasks and raises an ExceptionGroup holding every error, which
# `except*` splits by type: each matching clause runs once with the errors of its type.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def job(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
        if error is not None:
            log(f"{name}: raising {error!r}")
            raise error
        log(f"{name}: finished")
        return name
    except asyncio.CancelledError:
        log(f"{name}: cancelled by the group")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.5))
        t2 = tg.create_task(job("two", 1.0))
    log(f"all done: {t1.result()}, {t2.result()}")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("quick", 0.5))
            tg.create_task(job("bad-value", 1.0, ValueError("negative amount")))
            tg.create_task(job("bad-type", 1.0, TypeError("expected int")))
            slow = tg.create_task(job("slow", 5.0))
            log("body: all four tasks created")
    except* ValueError as group:
        log(f"except* ValueError: {group.exceptions!r}")
    except* TypeError as group:
        log(f"except* TypeError: {group.exceptions!r}")
    log(f"slow task cancelled? {slow.cancelled()}")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("fails", 0.5, KeyError("id")))
            await asyncio.sleep(10)  # the body is cancelled too
            log("never printed")
    except ExceptionGroup as eg:
        log(f"{eg!r}")


asyncio.run(main())
