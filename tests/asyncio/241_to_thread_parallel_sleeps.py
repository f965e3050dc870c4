# 241_to_thread_parallel_sleeps: three blocking downloads in to_thread overlap, so the total time is the longest one
# topic: threads
import asyncio
import threading
import time

def download(n):
    time.sleep(n)
    return f"file{n} by {threading.current_thread().name}"

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(asyncio.to_thread(download, n) for n in (3, 1, 2)))
    print(results)
    print(f"took {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    for n in (1, 2):
        download(n)
    print(f"blocking in the loop took {time.perf_counter() - start:.1f} s")

asyncio.run(main())
