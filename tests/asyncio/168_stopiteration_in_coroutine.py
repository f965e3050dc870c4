# 168_stopiteration_in_coroutine: StopIteration raised inside a coroutine becomes RuntimeError
# topic: exceptions
import asyncio


async def bad():
    await asyncio.sleep(0)
    raise StopIteration("oops")


async def main():
    try:
        await bad()
    except RuntimeError as err:
        print("RuntimeError:", err, "| cause:", repr(err.__cause__))
    t = asyncio.create_task(bad())
    try:
        await t
    except RuntimeError as err:
        print("from a task:", err)


asyncio.run(main())
