# 070_taskgroup_cancelling_restored: after a group failure the parent's cancelling() count is back to 0
# topic: taskgroup
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("x")


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            await asyncio.sleep(1)
    except* ValueError:
        print("cancelling() after the group:", me.cancelling())
    await asyncio.sleep(0.1)
    print("the parent is not cancelled and keeps running")


asyncio.run(main())
