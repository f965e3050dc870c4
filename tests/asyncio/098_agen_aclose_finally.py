# 098_agen_aclose_finally: aclose() runs the generator's finally block, which may await
# topic: async-generators
import asyncio


async def resource():
    print("open")
    try:
        for i in range(10):
            yield i
    finally:
        await asyncio.sleep(0.1)
        print("closed after awaiting in finally")


async def main():
    gen = resource()
    async for x in gen:
        print("got", x)
        if x == 2:
            break
    print("loop left")
    await gen.aclose()
    await gen.aclose()  # closing twice is fine
    print("done")


asyncio.run(main())
