import asyncio
from contextlib import asynccontextmanager, suppress


@asynccontextmanager
async def task_group_like(name):
    tasks = []
    print("start", name)
    try:
        yield tasks
        results = await asyncio.gather(*tasks)
        print("results", results)
    finally:
        print("stop", name)


async def job(i):
    await asyncio.sleep(0.001 * i)
    return i * i


@asynccontextmanager
async def lock_with_log(lock, who):
    print(who, "waiting")
    async with lock:
        print(who, "acquired")
        yield
    print(who, "released")


async def user(lock, who):
    async with lock_with_log(lock, who):
        await asyncio.sleep(0)


async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever cleaned up")


async def main():
    async with task_group_like("batch") as tasks:
        for i in range(3):
            tasks.append(asyncio.create_task(job(i)))
    lock = asyncio.Lock()
    await asyncio.gather(user(lock, "A"), user(lock, "B"))
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    with suppress(asyncio.CancelledError):
        await t
    print("cancelled:", t.cancelled())
    try:
        async with task_group_like("failing"):
            raise KeyError("inside")
    except KeyError as e:
        print("caught", e)


asyncio.run(main())
