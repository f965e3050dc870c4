# 108_types_coroutine: a types.coroutine generator can be awaited and drives the task with a bare yield
# topic: coroutines
import asyncio
import types


@types.coroutine
def bare_yield():
    value = yield
    return value


async def worker(name):
    for i in range(2):
        print(name, i)
        await bare_yield()


async def main():
    await asyncio.gather(worker("a"), worker("b"))
    coro = worker("manual")
    print(coro.send(None))
    print(coro.send(None))
    try:
        coro.send(None)
    except StopIteration:
        print("finished by hand")


asyncio.run(main())
