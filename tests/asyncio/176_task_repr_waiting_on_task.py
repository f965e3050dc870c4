# 176_task_repr_waiting_on_task: a task awaiting another task shows it in wait_for=...; the awaited task lists the wakeup callback
# topic: reprs
import asyncio


async def inner():
    await asyncio.sleep(1)


async def outer(t):
    await t


async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(0)
    print(o)
    print(i)
    o.cancel("bye")
    print(o)
    await asyncio.gather(o, return_exceptions=True)
    print(o)
    print(i)


asyncio.run(main())
