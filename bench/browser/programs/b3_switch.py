# B3: 200,000 sleep(0) switches in one task.
import asyncio

N = 200_000


async def main():
    for _ in range(N):
        await asyncio.sleep(0)
    print(N)


asyncio.run(main())
