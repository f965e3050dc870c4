# 001_wake_latency: completing a future wakes its waiter after everything already queued (2.1-1)
# topic: runtime core
import asyncio


async def waiter(fut):
    print("waiter start")
    v = await fut
    print("waiter got", v)


async def sleeper(loop, t0):
    await asyncio.sleep(1)
    print("sleeper woke at", loop.time() - t0)


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    loop.call_soon(lambda: print("cb A"))
    fut.set_result(1)
    loop.call_soon(lambda: print("cb B"))
    print("set done")
    await asyncio.sleep(0)
    print("main after sleep0")
    await t
    t0 = loop.time()
    s = asyncio.create_task(sleeper(loop, t0))
    await asyncio.sleep(0)
    # The timer fires in one iteration; the sleeper runs in the next.
    loop.call_at(t0 + 1, lambda: print("timer at 1"))
    await asyncio.sleep(1)
    print("main woke")
    await s
    await ticker(2)


asyncio.run(main())
