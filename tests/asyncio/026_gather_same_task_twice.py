# 026_gather_same_task_twice: the same awaitable passed twice is awaited once and reported twice
# topic: gather
import asyncio

calls = 0


async def once():
    global calls
    calls += 1
    await asyncio.sleep(0.1)
    return calls


async def main():
    t = asyncio.create_task(once())
    print(await asyncio.gather(t, t, t))
    c = once()
    print(await asyncio.gather(c, c))
    print("calls:", calls)


asyncio.run(main())
