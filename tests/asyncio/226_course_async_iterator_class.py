# 226_course_async_iterator_class: a class implementing __aiter__/__anext__ with StopAsyncIteration, used with async for
# topic: async generators
import asyncio

class Ticker:
    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async for i in Ticker(0.5, 4):
        print(i, loop.time() - t0)
    total = 0
    async for i in Ticker(0, 5):
        if i == 3:
            break
        total += i
    else:
        print("not reached")
    print("total", total)
    it = aiter(Ticker(0, 2))
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
