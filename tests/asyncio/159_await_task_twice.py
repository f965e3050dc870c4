# 159_await_task_twice: a finished task can be awaited again and by several awaiters; it runs once
# topic: tasks
import asyncio

runs = 0


async def compute():
    global runs
    runs += 1
    await asyncio.sleep(0.1)
    return 99


async def reader(t, name):
    print(name, await t)


async def main():
    t = asyncio.create_task(compute())
    await asyncio.gather(reader(t, "r1"), reader(t, "r2"))
    print(await t, await t, "runs:", runs)
    c = compute()
    await c
    try:
        await c
    except RuntimeError as err:
        print("RuntimeError:", err)


asyncio.run(main())
