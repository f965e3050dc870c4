# 182_semaphore_cancelled_waiter: a cancelled Semaphore waiter does not consume a slot; the others still get in in order
# topic: semaphores
import asyncio


async def user(sem, name, hold):
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(hold)
        print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(user(sem, n, 0.2)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(0.1)
    tasks[1].cancel()
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("locked at the end:", sem.locked())


asyncio.run(main())
