# 037_wait_for_outer_cancel: cancelling the task blocked in wait_for cancels the inner awaitable as well
# topic: wait_for
import asyncio


async def inner():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=3)
    except asyncio.CancelledError:
        print("outer cancelled (not a timeout)")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer task cancelled:", t.cancelled())


asyncio.run(main())
