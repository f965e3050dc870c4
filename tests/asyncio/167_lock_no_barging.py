# 167_lock_no_barging: after release(), a newcomer cannot take the Lock ahead of the woken waiter
# topic: locks
import asyncio


async def waiter(lock):
    async with lock:
        print("waiter got the lock")


async def newcomer(lock):
    print("newcomer: locked() right after release:", lock.locked())
    async with lock:
        print("newcomer got the lock")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    lock.release()
    n = asyncio.create_task(newcomer(lock))
    await asyncio.gather(w, n)


asyncio.run(main())
