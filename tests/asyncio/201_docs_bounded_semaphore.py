# 201_docs_bounded_semaphore: Semaphore with async with limits concurrency; BoundedSemaphore refuses a release too many
# topic: locks
import asyncio

async def job(sem, n, log):
    async with sem:
        log.append(f"start {n}")
        await asyncio.sleep(1)
        log.append(f"end {n}")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(*(job(sem, i, log) for i in range(5)))
    print(log)
    print("took", loop.time() - t0)
    print(sem)

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    s = asyncio.Semaphore(0)
    s.release()
    s.release()
    print(s._value, s.locked())

asyncio.run(main())
