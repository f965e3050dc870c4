# 135_as_completed_order: as_completed yields awaitables resolving in completion order (new coroutines in 3.11)
# topic: as_completed
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    for aw in asyncio.as_completed(tasks):
        print(asyncio.iscoroutine(aw), aw in tasks, await aw)


asyncio.run(main())
