# 012_task_names: default names Task-N count per process; name= and set_name() override
# topic: tasks
import asyncio


async def noop():
    pass


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="worker")
    t3 = asyncio.ensure_future(noop())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t1.set_name("renamed")
    print(t1.get_name())
    await asyncio.gather(t1, t2, t3)
    t4 = asyncio.create_task(noop())
    print(t4.get_name())
    await t4


asyncio.run(main())
asyncio.run(main())  # the counter is global: names continue
