# 013_task_repr_states: Task repr while pending, finished with a result, with an exception, cancelled
# topic: reprs
import asyncio


async def ok():
    await asyncio.sleep(0)
    return [1, 2]


async def bad():
    await asyncio.sleep(0)
    raise ValueError("nope")


async def forever():
    await asyncio.sleep(10)


async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad(), name="bad-one")
    t3 = asyncio.create_task(forever())
    print(t1)
    await asyncio.sleep(0)
    print(t3)
    await asyncio.sleep(0)
    print(t1)
    print(t2)
    t3.cancel()
    print(t3)
    await asyncio.sleep(0)
    print(t3)
    print(repr(t2.exception()))


asyncio.run(main())
