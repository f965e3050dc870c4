# 102_async_with_suppress: an __aexit__ returning True swallows the exception
# topic: async-with
import asyncio


class Swallow:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("swallowing", exc_type.__name__)
        return True


async def main():
    async with Swallow():
        raise RuntimeError("hidden")
    print("execution continues after the block")
    try:
        async with object():
            pass
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(main())
