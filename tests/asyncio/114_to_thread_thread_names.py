# 114_to_thread_thread_names: the default executor's threads are named asyncio_N and reused when idle
# topic: threads
import asyncio
import threading
import time


def name_after(seconds):
    time.sleep(seconds)
    return threading.current_thread().name


async def main():
    first = await asyncio.gather(asyncio.to_thread(name_after, 0.2),
                                 asyncio.to_thread(name_after, 0.1))
    print(first)
    print("an idle thread is reused:", await asyncio.to_thread(name_after, 0) in first)
    print(threading.current_thread().name)


asyncio.run(main())
