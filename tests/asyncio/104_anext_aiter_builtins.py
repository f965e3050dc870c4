# 104_anext_aiter_builtins: the aiter() and anext() builtins, including anext's default
# topic: async-iteration
import asyncio


async def two():
    yield "first"
    yield "second"


async def main():
    it = aiter(two())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
