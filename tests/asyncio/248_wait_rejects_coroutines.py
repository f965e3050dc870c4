# 248_wait_rejects_coroutines: asyncio.wait in 3.11 refuses bare coroutines; wait_for and gather accept them
# topic: wait
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    coro = job(1)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.wait_for(job(0.1), 1))
    print(await asyncio.gather(*(job(i / 10) for i in range(3))))
    tasks = [asyncio.create_task(job(i)) for i in (2, 1)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(sorted(t.result() for t in done), len(pending))
    await asyncio.wait(pending)
    print("all done", [t.result() for t in tasks])

asyncio.run(main())
