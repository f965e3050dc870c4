# async for and async generators
# topic: async-generators
#
# An `async def` containing `yield` is an async generator: `async for` awaits each value, so the
# producer may sleep or wait between items. Async comprehensions collect them, and `aclose()` runs
# the generator's cleanup when we stop early.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def ticker(count, interval):
    try:
        for i in range(count):
            await asyncio.sleep(interval)
            yield i
    finally:
        log(f"ticker({count}, {interval}): cleanup")


class Countdown:
    """The async iterator protocol by hand: __aiter__ and __anext__."""

    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.5)
        self.current -= 1
        return self.current + 1


async def main():
    async for tick in ticker(3, 0.5):
        log(f"tick {tick}")

    squares = [i * i async for i in ticker(4, 0.5) if i % 2 == 0]
    log(f"async comprehension: {squares}")

    async for n in Countdown(3):
        log(f"countdown {n}")

    gen = ticker(100, 1.0)
    async for tick in gen:
        log(f"endless ticker: {tick}")
        if tick == 1:
            break
    log("left the loop early; closing the generator")
    await gen.aclose()

    gen = ticker(5, 0.5)
    log(f"asend(None) -> {await gen.asend(None)}")
    log(f"__anext__() -> {await gen.__anext__()}")
    await gen.aclose()


asyncio.run(main())
