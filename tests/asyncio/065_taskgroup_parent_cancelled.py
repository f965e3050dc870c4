# 065_taskgroup_parent_cancelled: cancelling the task that owns the group cancels the children and propagates CancelledError
# topic: taskgroup
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def owner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("owner sees CancelledError, not an ExceptionGroup")
        raise


async def main():
    t = asyncio.create_task(owner())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("owner cancelled:", t.cancelled())


asyncio.run(main())
