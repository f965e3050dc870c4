# 055_cancel_propagates_to_awaited_task: cancelling a task that awaits another task cancels the inner one too
# topic: cancellation
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as err:
        print("inner cancelled:", repr(err))
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError as err:
        print("outer cancelled:", repr(err))
        raise


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.1)
    o.cancel("stop")
    await asyncio.gather(o, return_exceptions=True)
    print(i.cancelled(), o.cancelled())


asyncio.run(main())
