# 075_lock_fifo: Lock waiters acquire in the order they started waiting
# topic: locks
import asyncio


async def user(lock, name):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.1)
    print(name, "released it")


async def main():
    lock = asyncio.Lock()
    print(lock)
    await asyncio.gather(*(user(lock, n) for n in "abc"))
    print(lock.locked())


asyncio.run(main())
