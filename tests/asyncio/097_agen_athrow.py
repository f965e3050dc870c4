# 097_agen_athrow: athrow() raises inside the async generator at its paused yield
# topic: async-generators
import asyncio


async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as err:
            print("generator caught", repr(err))
            n = -1
        n += 1


async def main():
    gen = resilient()
    print(await gen.__anext__())
    print(await gen.__anext__())
    print(await gen.athrow(ValueError("reset")))
    print(await gen.__anext__())
    try:
        await gen.athrow(KeyError("fatal"))
    except KeyError as err:
        print("propagated", repr(err))
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("finished")


asyncio.run(main())
