# anext(it, default) on async generators and __anext__ classes; its errors
class Yield0:
    """One suspension, as asyncio.sleep(0) (the modules are not part of this suite)."""

    def __await__(self):
        yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Yield0()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def gen():
    yield 1

async def main():
    c = Counter(2)
    print(await anext(c, "d"), await anext(c, "d"), await anext(c, "d"), await anext(c, None))
    g = gen()
    aw = anext(g, 42)
    print(type(aw).__name__)
    print(await aw, await anext(g, 42))
    try:
        anext(5, 1)
    except TypeError as e:
        print("TypeError", e)
    try:
        anext(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")

run(main())
