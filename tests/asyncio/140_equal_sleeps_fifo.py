# 140_equal_sleeps_fifo: ten tasks sleeping the same delay from the same instant wake in creation order
# topic: scheduling
import asyncio

woke = []


async def sleeper(i):
    await asyncio.sleep(1)
    woke.append(i)


async def main():
    await asyncio.gather(*(sleeper(i) for i in range(10)))
    print(woke)


asyncio.run(main())
