# 258_worker_waits_for_loop_coroutines: a worker thread sleeps, then hands coroutines to the loop with run_coroutine_threadsafe and waits for them, once with a timeout that expires
# topic: threads
import asyncio
import concurrent.futures
import time

T0 = time.monotonic()


def stamp():
    return f"{time.monotonic() - T0:.1f}"


async def slow_add(a, b, delay):
    await asyncio.sleep(delay)
    print(stamp(), "loop: slow_add done")
    return a + b


def worker(loop):
    print(stamp(), "worker: start")
    time.sleep(1)
    print(stamp(), "worker: woke up")
    fut = asyncio.run_coroutine_threadsafe(slow_add(1, 2, 0.5), loop)
    print(stamp(), "worker: got", fut.result())
    fut2 = asyncio.run_coroutine_threadsafe(slow_add(3, 4, 5), loop)
    try:
        fut2.result(timeout=1)
    except concurrent.futures.TimeoutError:
        print(stamp(), "worker: timed out, cancelling")
        fut2.cancel()
    time.sleep(0.5)
    print(stamp(), "worker: done")
    return "finished"


async def ticker():
    for _ in range(6):
        await asyncio.sleep(0.4)
        print(stamp(), "loop: tick")


async def main():
    loop = asyncio.get_running_loop()
    result, _ = await asyncio.gather(asyncio.to_thread(worker, loop), ticker())
    print(stamp(), "main:", result)


asyncio.run(main())
