# 099_async_comprehensions: async list/set/dict comprehensions, with conditions and await
# topic: async-generators
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in numbers(5)])
    print([x async for x in numbers(10) if x % 3 == 0])
    print({x % 3 async for x in numbers(7)})
    print({x: x * x async for x in numbers(4)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in numbers(3)])


asyncio.run(main())
