# 003_sleep_zero_interleaving: three tasks take turns at every sleep(0), round-robin
# topic: scheduling
import asyncio


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    await asyncio.gather(count("x", 3), count("y", 1), count("z", 2))


asyncio.run(main())
