"""CPython asyncio side of the runtime benchmarks: the programs of scenarios.hpp on the default
event loop. Prints "name ns_per_op", best of five runs, in CPU time of the thread (as the native
side measures: the build machine is shared)."""
import asyncio
import time

N = 200000


async def noop():
    return None


async def sleep0_switch(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def task_create_finish(n):
    for _ in range(n):
        await asyncio.create_task(noop())


async def future_roundtrip(n):
    loop = asyncio.get_running_loop()
    for _ in range(n):
        f = loop.create_future()
        loop.call_soon(f.set_result, None)
        await f


async def timer_schedule_fire(n):
    loop = asyncio.get_running_loop()
    fired = 0
    done = None

    def cb():
        nonlocal fired
        fired += 1
        if fired % 1000 == 0:
            done.set_result(None)

    for _ in range(n // 1000):
        done = loop.create_future()
        for _ in range(1000):
            loop.call_later(0, cb)
        await done


async def queue_pingpong(n):
    a, b = asyncio.Queue(), asyncio.Queue()

    async def pinger():
        for _ in range(n):
            await a.put(None)
            await b.get()

    async def ponger():
        for _ in range(n):
            await a.get()
            await b.put(None)

    await asyncio.gather(pinger(), ponger())


def measure(fn, n):
    loop = asyncio.new_event_loop()
    try:
        t0 = time.thread_time()
        loop.run_until_complete(fn(n))
        return time.thread_time() - t0
    finally:
        loop.close()


def main():
    for fn in (sleep0_switch, task_create_finish, future_roundtrip, timer_schedule_fire,
               queue_pingpong):
        measure(fn, N // 10)
        best = min(measure(fn, N) for _ in range(5))
        print(f"{fn.__name__} {best / N * 1e9:.1f}")


if __name__ == "__main__":
    main()
