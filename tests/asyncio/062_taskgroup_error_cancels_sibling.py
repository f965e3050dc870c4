# 062_taskgroup_error_cancels_sibling: one failing task cancels its sibling and the group raises an ExceptionGroup
# topic: taskgroup
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("bad")


async def sibling():
    try:
        await asyncio.sleep(1)
        print("sibling finished (not printed)")
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            s = tg.create_task(sibling())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.message, eg.exceptions)
    print("sibling cancelled():", s.cancelled())


asyncio.run(main())
