# shield: protect work from the caller's cancellation
# topic: shield
#
# `asyncio.shield(aw)` lets the caller stop waiting (a timeout or a cancel hits only the shield)
# while the inner task keeps running to completion. Without the shield, the timeout cancels the
# work itself.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def write_to_database(record):
    log(f"db: writing {record}")
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        log(f"db: write of {record} aborted!")
        raise
    log(f"db: {record} committed")
    return f"{record} saved"


async def main():
    write = asyncio.create_task(write_to_database("order-1"))
    try:
        await asyncio.wait_for(asyncio.shield(write), timeout=1)
    except TimeoutError:
        log("caller: gave up waiting, but the write goes on")
    log(f"caller: later, the result is {await write!r}")

    write = asyncio.create_task(write_to_database("order-2"))
    try:
        await asyncio.wait_for(write, timeout=1)
    except TimeoutError:
        log(f"caller: without shield the write was cancelled: {write.cancelled()}")


asyncio.run(main())
