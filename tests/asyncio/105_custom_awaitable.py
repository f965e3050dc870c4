# 105_custom_awaitable: a class with __await__ can be awaited; its generator may delegate to a future
# topic: coroutines
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


class Immediate:
    def __await__(self):
        return iter([])  # finishes without suspending; the await evaluates to None


async def main():
    print(await Delay(0.1, "delayed value"))
    print(await Immediate())
    try:
        await object()
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(main())
