# 170_traceback_print_exc_in_task: traceback.print_exc inside a task shows the frames of the coroutine chain
# topic: exceptions
import asyncio
import sys
import traceback


async def level2():
    await asyncio.sleep(0)
    raise ValueError("deep")


async def level1():
    await level2()


async def main():
    try:
        await asyncio.create_task(level1())
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    print("handled")


asyncio.run(main())
