# 164_wait_rejects_coroutines: asyncio.wait refuses bare coroutines in 3.11 (tasks are required)
# topic: wait
import asyncio


async def job():
    return 1


async def main():
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as err:
        print("TypeError:", err)
    print(await coro)


asyncio.run(main())
