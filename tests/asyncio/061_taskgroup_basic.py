# 061_taskgroup_basic: the async with block waits for every task created in the group
# topic: taskgroup
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.2))
        b = tg.create_task(job("b", 0.1), name="task-b")
        print("body finished; waiting for the tasks")
    print(a.result(), b.result(), b.get_name())


asyncio.run(main())
