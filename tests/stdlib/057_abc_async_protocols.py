import asyncio
from collections.abc import AsyncIterator, Awaitable, AsyncIterable, Coroutine, Generator


class Countdown(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


class Ready(Awaitable):
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


class Gen(Generator):
    def __init__(self):
        self.i = 0

    def send(self, value):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i * 10

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val


async def main():
    cd = Countdown(3)
    print(cd.__aiter__() is cd, isinstance(cd, AsyncIterable))
    print([n async for n in Countdown(3)])
    print(await Ready("done"), isinstance(Ready(1), Awaitable))
    g = Gen()
    print(list(g), iter(g) is g)
    g2 = Gen()
    print(next(g2))
    try:
        g2.close()
        print("closed")
    except RuntimeError as e:
        print("RuntimeError", e)
    c = asyncio.sleep(0)
    print(isinstance(c, Coroutine), isinstance(c, Awaitable))
    await c


asyncio.run(main())
