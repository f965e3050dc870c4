# 025_executor: a one-worker pool queues the second item; threads finish before run() returns
# topic: threads
import asyncio
import concurrent.futures
import time


def work(name, d):
    print(name, "starts at", time.monotonic())
    time.sleep(d)
    print(name, "ends at", time.monotonic())
    return name


async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    f1 = loop.run_in_executor(pool, work, "one", 2)
    f2 = loop.run_in_executor(pool, work, "two", 1)
    print("submitted")
    print(await asyncio.gather(f1, f2), loop.time())
    loop.run_in_executor(None, work, "detached", 5)
    await asyncio.sleep(1)
    print("main returns", loop.time())


asyncio.run(main())
print("run returned", time.monotonic())
