# 109_to_thread_basic: to_thread runs a blocking function in a worker thread and returns its result
# topic: threads
import asyncio
import threading
import time


def blocking(x):
    time.sleep(0.5)
    return x * 10, threading.current_thread() is threading.main_thread()


async def main():
    t0 = time.monotonic()
    result, in_main = await asyncio.to_thread(blocking, 4)
    print(result, "in main thread?", in_main, f"after {time.monotonic() - t0:.1f} s")


asyncio.run(main())
