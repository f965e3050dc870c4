# 217_course_async_generators_comprehensions: async generators consumed by async for, async comprehensions and await inside comprehensions
# topic: async generators
import asyncio

async def mygen(u: int = 10):
    """Yield powers of 2."""
    i = 0
    while i < u:
        yield 2 ** i
        i += 1
        await asyncio.sleep(0.1)

async def square(x):
    await asyncio.sleep(0.1)
    return x * x

async def main():
    # This does *not* introduce concurrent execution
    # It is meant to show syntax only
    g = [i async for i in mygen()]
    f = [j async for j in mygen() if not (j // 3 % 5)]
    print(g, f)
    squares = [await square(x) for x in range(4)]
    print(squares)
    evens = {i: i * i async for i in mygen(6) if i % 4 == 0}
    print(evens)
    async for v in mygen(3):
        print("value", v)
    gen = mygen(2)
    print(await gen.__anext__(), await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    print(type(gen).__name__, asyncio.get_running_loop().time())

asyncio.run(main())
