# 071_taskgroup_child_cancelled_alone: a child cancelled directly does not abort the group
# topic: taskgroup
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(job("victim", 1))
        tg.create_task(job("other", 0.2))
        await asyncio.sleep(0.1)
        victim.cancel()
    print("group exited normally; victim cancelled:", victim.cancelled())


asyncio.run(main())
