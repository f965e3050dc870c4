# 255_misuse_error_messages: the TypeErrors and state errors a newcomer meets: async with on a plain object, await 3, async for over a list, create_task(42), set_exception twice, StopIteration into a Future
# topic: errors
import asyncio, traceback

class NotACM:
    pass

async def boom():
    await asyncio.sleep(0.1)
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e

async def main():
    try:
        async with NotACM():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 3
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(-1)
    print("negative sleep ok")
    try:
        await asyncio.gather(boom())
    except ValueError:
        traceback.print_exc()
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.2)
    print(t.exception().__cause__)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=-1)
    except TimeoutError as e:
        print("timeout negative", repr(e))
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("KeyError", e)
    try:
        fut.set_exception(StopIteration())
    except Exception as e:
        print(type(e).__name__, e)
    f2 = asyncio.Future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
