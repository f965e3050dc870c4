# 076_lock_acquire_release: explicit acquire()/release(), locked(), and releasing an unlocked lock
# topic: locks
import asyncio


async def main():
    lock = asyncio.Lock()
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as err:
        print("RuntimeError:", err)
    async with lock:
        try:
            await asyncio.wait_for(lock.acquire(), 0.1)
        except TimeoutError:
            print("a second acquire would wait forever: Lock is not reentrant")
    print(lock.locked())


asyncio.run(main())
