# 138_future_set_from_timer: a future completed by a call_later timer wakes the awaiting task
# topic: futures
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "from the timer")
    print(await fut, f"after {time.monotonic() - t0:.1f} s")
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_exception, ConnectionResetError("peer closed"))
    try:
        await fut
    except ConnectionResetError as err:
        print("raised:", repr(err))


asyncio.run(main())
