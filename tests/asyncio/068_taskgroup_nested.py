# 068_taskgroup_nested: an error in an inner group reaches the outer group as a nested ExceptionGroup
# topic: taskgroup
import asyncio


async def fails(msg):
    await asyncio.sleep(0.1)
    raise KeyError(msg)


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails("inner"))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(type(eg.exceptions[0]).__name__, eg.exceptions[0].exceptions)
        print("split:", eg.split(KeyError)[0] is not None)


asyncio.run(main())
