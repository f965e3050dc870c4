# 032_run_coroutine_threadsafe: a worker submits coroutines to the loop and waits for them
# topic: threads
import asyncio
import time


async def add(a, b):
    print("add runs on the loop at", time.monotonic())
    await asyncio.sleep(0.5)
    return a + b


async def fail():
    raise ValueError("from the loop")


def in_thread(loop):
    print("thread starts")
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    r = fut.result()
    print("thread got", r, "at", time.monotonic())
    time.sleep(1)
    try:
        asyncio.run_coroutine_threadsafe(fail(), loop).result()
    except ValueError as e:
        print("thread caught", repr(e), "at", time.monotonic())
    return r * 10


async def ticker():
    for i in range(3):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    r, _ = await asyncio.gather(asyncio.to_thread(in_thread, loop), ticker())
    print("result", r, loop.time())


asyncio.run(main())
