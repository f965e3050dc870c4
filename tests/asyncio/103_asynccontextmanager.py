# 103_asynccontextmanager: contextlib.asynccontextmanager turns an async generator into an async context manager
# topic: async-with
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    print("connect", name)
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    except KeyError as err:
        print("handled inside the manager:", repr(err))
    finally:
        await asyncio.sleep(0.1)
        print("disconnect", name)


async def main():
    async with connection("db") as conn:
        print("using", conn)
    async with connection("cache"):
        raise KeyError("k")
    print("the KeyError was handled by the manager")
    with contextlib.suppress(ZeroDivisionError):
        1 / 0
    print("suppress works too")


asyncio.run(main())
