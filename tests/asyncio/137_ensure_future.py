# 137_ensure_future: ensure_future wraps a coroutine in a Task and returns futures unchanged
# topic: tasks
import asyncio


async def coro():
    return "value"


async def main():
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, asyncio.ensure_future(t) is t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    print(await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(main())
