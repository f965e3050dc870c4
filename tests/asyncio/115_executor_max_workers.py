# 115_executor_max_workers: a ThreadPoolExecutor(max_workers=2) runs at most two jobs at a time
# topic: threads
import asyncio
import concurrent.futures
import time

T0 = time.monotonic()


def job(i):
    time.sleep(0.5)
    return i, round(time.monotonic() - T0, 1)


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, job, i) for i in range(5)))
    print(results)


asyncio.run(main())
