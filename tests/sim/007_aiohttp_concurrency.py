# 007_aiohttp_concurrency: many requests at once: gather, a TCPConnector limit, a Semaphore, wait_for and cancellation
# topic: aiohttp
import asyncio
import time
import aiohttp
from coroscope import net

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


net.host('example.com', latency=0.5)


async def fetch(session, i):
    async with session.get(f'https://example.com/{i}') as resp:
        await resp.text()
        print(stamp(), 'got', i)
        return resp.status


async def limited(session, sem, i):
    async with sem:
        return await fetch(session, i)


async def main():
    async with aiohttp.ClientSession() as session:
        print(await asyncio.gather(*(fetch(session, i) for i in range(5))))
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=2)) as session:
        print(await asyncio.gather(*(fetch(session, i) for i in range(5))))
    sem = asyncio.Semaphore(3)
    async with aiohttp.ClientSession() as session:
        print(await asyncio.gather(*(limited(session, sem, i) for i in range(5))))
        try:
            await asyncio.wait_for(fetch(session, 99), timeout=0.2)
        except asyncio.TimeoutError:
            print(stamp(), 'wait_for gave up')
        task = asyncio.create_task(fetch(session, 100))
        await asyncio.sleep(0.1)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print(stamp(), 'cancelled', task.cancelled())
        print(await fetch(session, 101))

asyncio.run(main())
