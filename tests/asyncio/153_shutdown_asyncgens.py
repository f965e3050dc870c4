# 153_shutdown_asyncgens: asyncio.run closes async generators left unfinished, running their finally blocks
# topic: async-generators
import asyncio


async def stream():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print("stream finalized")


async def main():
    global gen
    gen = stream()
    print(await gen.__anext__(), await gen.__anext__())
    print("main returns with the generator suspended")


asyncio.run(main())
print("after asyncio.run")
