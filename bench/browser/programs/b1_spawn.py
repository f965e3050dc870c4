# B1: 10,000 tasks doing two sleep(0) each under gather.
import asyncio

N = 10_000


async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(N)])
    print(sum(results))


asyncio.run(main())
