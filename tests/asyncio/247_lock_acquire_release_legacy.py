# 247_lock_acquire_release_legacy: the docs' two Lock styles: async with, and acquire() with release() in finally
# topic: locks
import asyncio

async def user(name, lock, hold):
    await lock.acquire()
    try:
        print(name, "has the lock", lock.locked())
        await asyncio.sleep(hold)
    finally:
        lock.release()
        print(name, "released")

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("async with:", lock)
    await asyncio.gather(user("a", lock, 1), user("b", lock, 0.5), user("c", lock, 0.1))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(lock)

asyncio.run(main())
