import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def conn(name, fail_on_exit=False):
    print("connect", name)
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print("disconnect", name)
        if fail_on_exit:
            raise RuntimeError(f"exit failure {name}")


class Session:
    def __init__(self, n):
        self.n = n

    async def __aenter__(self):
        print("session enter", self.n)
        return self

    async def __aexit__(self, et, ev, tb):
        print("session exit", self.n, et.__name__ if et else None)
        return et is KeyError


async def main():
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(conn(f"db{i}")) for i in range(3)]
        print("using", names)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(conn("a", fail_on_exit=True))
            await stack.enter_async_context(conn("b"))
            raise ValueError("body failed")
    except RuntimeError as e:
        print("got", e, "context:", repr(e.__context__))
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(Session(1))
        raise KeyError("suppressed by session")
    print("KeyError suppressed")

    async def async_cb(msg):
        print("async callback", msg)

    stack = AsyncExitStack()
    await stack.__aenter__()
    stack.push_async_callback(async_cb, "first")
    stack.callback(print, "sync second")
    await stack.aclose()


asyncio.run(main())
