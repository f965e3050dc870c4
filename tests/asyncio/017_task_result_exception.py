# 017_task_result_exception: result() and exception() of tasks that returned, raised and were cancelled
# topic: tasks
import asyncio


async def value():
    return "v"


async def boom():
    raise RuntimeError("boom")


async def main():
    t1 = asyncio.create_task(value())
    t2 = asyncio.create_task(boom())
    t3 = asyncio.create_task(value())
    t3.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t1.done(), t1.result(), t1.exception())
    print(t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except RuntimeError as err:
        print("result() re-raises:", err)
    print(t3.done(), t3.cancelled())
    try:
        await t3
    except asyncio.CancelledError:
        print("awaiting the cancelled task raises CancelledError")


asyncio.run(main())
