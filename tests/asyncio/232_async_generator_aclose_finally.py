# 232_async_generator_aclose_finally: breaking out of async for leaves the generator suspended; aclose() runs its finally
# topic: async generators
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("ticker finally")

async def main():
    gen = ticker(10)
    async for i in gen:
        print("got", i)
        if i == 2:
            break
    print("after break")
    await gen.aclose()
    print("after aclose")
    gen2 = ticker(3)
    print(await gen2.asend(None))
    try:
        await gen2.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow raised", e)
    async for i in ticker(2):
        print("full", i)

asyncio.run(main())
