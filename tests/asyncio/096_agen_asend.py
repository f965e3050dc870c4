# 096_agen_asend: asend() resumes an async generator with a value, like send() for generators
# topic: async-generators
import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        await asyncio.sleep(0)
        total += value


async def main():
    gen = accumulator()
    print(await gen.asend(None))
    print(await gen.asend(5))
    print(await gen.asend(10))
    await gen.aclose()
    try:
        await gen.asend(1)
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")


asyncio.run(main())
