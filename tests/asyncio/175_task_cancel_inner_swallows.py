# 175_task_cancel_inner_swallows: when the awaited inner task swallows the cancel, the outer task is not cancelled
# topic: cancellation
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner swallowed the cancel")
    return "inner result"


async def outer(t):
    result = await t
    print("outer continues with", result)
    return result


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.1)
    print("cancel ->", o.cancel())
    print(await o, o.cancelled(), o.cancelling())


asyncio.run(main())
