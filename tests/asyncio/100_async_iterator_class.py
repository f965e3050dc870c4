# 100_async_iterator_class: a class with __aiter__/__anext__ drives async for; StopAsyncIteration ends it
# topic: async-iteration
import asyncio


class Ticker:
    def __init__(self, n, delay):
        self.i = 0
        self.n = n
        self.delay = delay

    def __aiter__(self):
        print("__aiter__")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            print("StopAsyncIteration")
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


async def main():
    async for tick in Ticker(3, 0.1):
        print("tick", tick)
    else:
        print("for-else runs after normal exhaustion")


asyncio.run(main())
