# 252_async_generator_pipeline: a pipeline of async generators (source, filter, map) consumed with async for
# topic: async generators
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

async def evens(source):
    async for x in source:
        if x % 2 == 0:
            yield x

async def squared(source):
    async for x in source:
        yield x * x

async def main():
    loop = asyncio.get_running_loop()
    async for v in squared(evens(numbers(10))):
        print(v, round(loop.time(), 1))
    total = sum([v async for v in squared(numbers(4))])
    print("total", total)

asyncio.run(main())
