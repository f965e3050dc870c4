# 077_lock_cancelled_waiter: a waiter cancelled while queued for a Lock is skipped; the next waiter gets it
# topic: locks
import asyncio


async def user(lock, name, hold):
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(hold)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user(lock, "a", 0.2))
    b = asyncio.create_task(user(lock, "b", 0.1))
    c = asyncio.create_task(user(lock, "c", 0.1))
    await asyncio.sleep(0.1)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(lock.locked(), b.cancelled())


asyncio.run(main())
