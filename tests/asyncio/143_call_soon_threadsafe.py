# 143_call_soon_threadsafe: a worker thread hands a value to the loop with call_soon_threadsafe
# topic: threads
import asyncio
import time


def producer(loop, fut):
    time.sleep(0.2)
    loop.call_soon_threadsafe(fut.set_result, "made in a thread")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    worker = loop.run_in_executor(None, producer, loop, fut)
    print(await fut)
    await worker


asyncio.run(main())
