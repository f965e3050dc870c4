# 028_thread_edges: exceptions from threads, cancelling queued and running work items
# topic: threads
import asyncio
import concurrent.futures
import time


def fails():
    time.sleep(1)
    raise ValueError("in thread")


def quick():
    return "quick"


def work(name, d):
    print(name, "starts at", time.monotonic())
    time.sleep(d)
    print(name, "ends at", time.monotonic())
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("thread raised", repr(e), loop.time())
    print(await asyncio.to_thread(quick), loop.time())
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    f1 = loop.run_in_executor(pool, work, "one", 2)
    f2 = loop.run_in_executor(pool, work, "two", 1)
    f2.cancel()
    print(await f1, loop.time())
    await asyncio.sleep(3)
    print("two cancelled", f2.cancelled(), loop.time())
    t = asyncio.create_task(asyncio.to_thread(work, "three", 2))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter cancelled at", loop.time())
    await asyncio.sleep(2)
    print("end", loop.time())


asyncio.run(main())
