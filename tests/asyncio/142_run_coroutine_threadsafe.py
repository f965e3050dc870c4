# 142_run_coroutine_threadsafe: a worker thread submits a coroutine to the loop and waits for its result
# topic: threads
import asyncio


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


def in_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    return f"thread got {fut.result()}"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(in_thread, loop))


asyncio.run(main())
