# 028_shield_outer_cancelled: cancelling the task that awaits shield() leaves the inner task running
# topic: shield
import asyncio


async def important():
    await asyncio.sleep(0.3)
    print("important work finished")
    return 42


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled; inner done?", inner.done())
        raise


async def main():
    inner = asyncio.create_task(important())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter is cancelled:", w.cancelled())
    print("inner result:", await inner)


asyncio.run(main())
