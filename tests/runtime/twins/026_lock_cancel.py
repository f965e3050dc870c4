# 026_lock_cancel: cancelled waiters pass the wake-up on; queues too (2.1-17)
# topic: locks
import asyncio


async def sem_waiter(sem, name):
    try:
        async with sem:
            print(name, "acquired")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def putter(q, item):
    try:
        await q.put(item)
        print("put", item)
    except asyncio.CancelledError:
        print("putter", item, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ts = [asyncio.create_task(sem_waiter(sem, n)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    sem.release()
    ts[0].cancel()
    print("locked", sem.locked())
    await asyncio.gather(*ts, return_exceptions=True)
    print("value", sem._value)
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    lock.release()
    print("barging allowed after the only waiter left:", await lock.acquire())
    q = asyncio.Queue(1)
    q.put_nowait(0)
    ps = [asyncio.create_task(putter(q, i)) for i in (1, 2)]
    await asyncio.sleep(0)
    print(q.get_nowait())
    ps[0].cancel()
    await asyncio.gather(*ps, return_exceptions=True)
    print("queue holds", q.get_nowait())


asyncio.run(main())
