# 184_task_exception_and_traceback_of_gather: the first error from gather is the same exception object the task holds
# topic: gather
import asyncio


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    t1 = asyncio.create_task(fail("one", 0.2))
    t2 = asyncio.create_task(fail("two", 0.1))
    try:
        await asyncio.gather(t1, t2)
    except ValueError as err:
        print("gather raised", err, "| same object as t2's:", err is t2.exception())
    await asyncio.sleep(0.2)
    print("t1 failed later:", repr(t1.exception()))


asyncio.run(main())
