# 086_barrier_abort: abort() breaks the barrier; waiters and later callers get BrokenBarrierError
# topic: barriers
import asyncio


async def waiter(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print(name, "got BrokenBarrierError")


async def main():
    barrier = asyncio.Barrier(3)
    t = asyncio.create_task(waiter(barrier, "early"))
    await asyncio.sleep(0.1)
    await barrier.abort()
    await t
    print("broken:", barrier.broken)
    await waiter(barrier, "late")
    await barrier.reset()
    print("after reset, broken:", barrier.broken)


asyncio.run(main())
