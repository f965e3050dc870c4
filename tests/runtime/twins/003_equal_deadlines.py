# 003_equal_deadlines: timers with the same deadline fire in scheduling order (2.1-3)
# topic: runtime core
import asyncio


async def sleeper(i, d):
    await asyncio.sleep(d)
    print("woke", i)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(sleeper(i, 1 if i % 2 else 2)) for i in range(8)]
    now = loop.time()
    for i in range(5):
        loop.call_at(now + 3, print, "call_at", i)
    await asyncio.gather(*tasks)
    await asyncio.sleep(5)
    print("end", loop.time() - now)


asyncio.run(main())
