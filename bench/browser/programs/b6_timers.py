# B6: 10,000 real-clock timers of 0-9 ms under gather.
import asyncio

N = 10_000


async def sleeper(i):
    await asyncio.sleep((i % 10) / 1000)
    return 1


async def main():
    print(sum(await asyncio.gather(*[sleeper(i) for i in range(N)])))


asyncio.run(main())
