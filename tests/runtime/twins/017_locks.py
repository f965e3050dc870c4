# 017_locks: Lock/Semaphore/Event/Condition wake-up rules (2.1-17)
# topic: locks
import asyncio


async def locker(lock, name, d):
    print(name, "wants")
    async with lock:
        print(name, "has")
        await asyncio.sleep(d)
    print(name, "released")


async def user(sem, i):
    async with sem:
        print("sem in", i)
        await asyncio.sleep(1)
    print("sem out", i)


async def event_waiter(ev, i):
    print("wait", i)
    await ev.wait()
    print("woke", i)


async def consumer(cond, items, i):
    async with cond:
        await cond.wait_for(lambda: items)
        print("consumer", i, "got", items.pop(0))


async def cancelled_wait(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled wait holds lock:", cond.locked())
            raise


async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(locker(lock, n, 1)) for n in "abc"]
    await asyncio.sleep(0)
    print("locked", lock.locked())
    await asyncio.gather(*ts)
    await lock.acquire()
    w1 = asyncio.create_task(locker(lock, "w1", 0))
    w2 = asyncio.create_task(locker(lock, "w2", 0))
    await asyncio.sleep(0)
    lock.release()
    w1.cancel()
    print("locked after release", lock.locked())
    await asyncio.gather(w1, w2, return_exceptions=True)
    print("w1 cancelled", w1.cancelled())
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)

    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(user(sem, i) for i in range(4)))
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(e)

    ev = asyncio.Event()
    ts = [asyncio.create_task(event_waiter(ev, i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print("set", ev.is_set())
    await asyncio.gather(*ts)

    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append("y")
        cond.notify_all()
    await asyncio.gather(*cs)
    t = asyncio.create_task(cancelled_wait(cond))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("lock free:", not cond.locked(), t.cancelled())


asyncio.run(main())
