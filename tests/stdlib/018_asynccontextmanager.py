import asyncio
from contextlib import asynccontextmanager, aclosing, AsyncExitStack, nullcontext


@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0.01)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.01)
        print("close", name)


async def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers closed")


async def main():
    async with connection("db") as c:
        print("using", c)
    try:
        async with connection("x"):
            raise RuntimeError("fail inside")
    except RuntimeError as e:
        print("caught", e)
    async with aclosing(numbers()) as it:
        async for n in it:
            if n == 2:
                break
            print(n)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection("a"))
        b = await stack.enter_async_context(connection("b"))
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print("both", a, b)
    async with nullcontext(5) as v:
        print("null", v)

    @connection("deco")
    async def job():
        print("job runs")
    await job()


asyncio.run(main())
