# 181_lock_woken_waiter_cancelled: a waiter woken by release() but cancelled before it runs passes the lock on to the next waiter
# topic: locks
import asyncio


async def user(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled after being woken")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(user(lock, "b"))
    c = asyncio.create_task(user(lock, "c"))
    await asyncio.sleep(0)
    lock.release()  # wakes b ...
    b.cancel()      # ... which is cancelled before it can run
    await asyncio.gather(b, c, return_exceptions=True)
    print("b cancelled:", b.cancelled(), "lock free:", not lock.locked())


asyncio.run(main())
