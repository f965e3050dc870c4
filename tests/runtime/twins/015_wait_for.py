# 015_wait_for: 3.11 wait_for waits for the inner task to finish cancelling (2.1-15)
# topic: wait_for
import asyncio


async def slow(d, r):
    await asyncio.sleep(d)
    return r


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn suppresses the cancel")
        await asyncio.sleep(1)
        return "kept"


async def cleanup():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cleanup starts")
        await asyncio.sleep(1)
        print("cleanup ends")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(slow(1, "fast enough"), 2))
    try:
        await asyncio.wait_for(slow(3, "x"), 1)
    except TimeoutError as e:
        print("timed out", repr(e), loop.time() - t0)
    print(await asyncio.wait_for(stubborn(), 1), loop.time() - t0)
    try:
        await asyncio.wait_for(cleanup(), 1)
    except TimeoutError:
        print("timeout after cleanup", loop.time() - t0)
    print(await asyncio.wait_for(slow(1, "no timeout"), None))
    try:
        await asyncio.wait_for(slow(1, "zero"), 0)
    except TimeoutError:
        print("zero timeout", loop.time() - t0)

    async def outer():
        return await asyncio.wait_for(cleanup(), 10)

    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancel propagated", loop.time() - t0)


asyncio.run(main())
