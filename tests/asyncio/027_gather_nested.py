# 027_gather_nested: gather of gathers keeps the nested structure of results
# topic: gather
import asyncio


async def square(x):
    await asyncio.sleep(0.1 * (3 - x))
    print("square", x)
    return x * x


async def main():
    inner1 = asyncio.gather(square(1), square(2))
    inner2 = asyncio.gather(square(0))
    print(await asyncio.gather(inner1, inner2, square(3)))


asyncio.run(main())
