# 074_taskgroup_error_and_cancel_race: two failures in the same iteration are both collected, in completion order
# topic: taskgroup
import asyncio


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("first", 0.1))
            tg.create_task(fail("second", 0.1))
            tg.create_task(fail("later", 0.2))
    except ExceptionGroup as eg:
        print(eg.exceptions)


asyncio.run(main())
