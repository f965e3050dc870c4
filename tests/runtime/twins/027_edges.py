# 027_edges: no lock barging, cancelling a task that awaits gather/shield/wait_for, timeout states
# topic: cancellation
import asyncio


async def holder(lock, name):
    async with lock:
        print(name, "holds the lock")
        await asyncio.sleep(0)


async def child(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def boom():
    await asyncio.sleep(1)
    raise KeyError("k")


async def gathered():
    return await asyncio.gather(child("a", 5), child("b", 5))


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(holder(lock, "waiter"))
    await asyncio.sleep(0)
    lock.release()
    print("released; locked =", lock.locked())
    m = asyncio.create_task(holder(lock, "latecomer"))
    await asyncio.gather(w, m)

    g = asyncio.create_task(gathered())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    g.cancel("via task")
    try:
        await g
    except asyncio.CancelledError as e:
        print("task around gather:", repr(e))

    inner = asyncio.create_task(boom())
    try:
        await asyncio.shield(inner)
    except KeyError as e:
        print("shield passes the error:", repr(e))
    try:
        await asyncio.wait_for(boom(), 5)
    except KeyError as e:
        print("wait_for passes the error:", repr(e))
    done = loop.create_future()
    done.set_result("early")
    print("wait_for on a done future:", await asyncio.wait_for(done, 0))

    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(1)
    print("finished timeout:", cm.expired(), cm.when() - loop.time())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(2)
    except TimeoutError:
        try:
            cm.reschedule(1)
        except RuntimeError as e:
            print(e)

    ev = asyncio.Event()
    ev.set()
    print("set event:", await ev.wait())
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print("waiting:", t.done())
    ev.set()
    ev.clear()
    print("woken even though cleared:", await t)

    q = asyncio.Queue()
    await q.join()
    print("join on an empty queue returns at once")
    for f in asyncio.as_completed([child("x", 2), child("y", 1)]):
        print("as_completed", await f)


asyncio.run(main())
