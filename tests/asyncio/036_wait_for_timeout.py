# 036_wait_for_timeout: on timeout the inner awaitable is cancelled and waited for, then TimeoutError is raised
# topic: wait_for
import asyncio
import time


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow: cancelled, cleaning up")
        await asyncio.sleep(0.2)
        print("slow: cleanup done")
        raise


async def main():
    t0 = time.monotonic()
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except asyncio.TimeoutError as err:
        print(f"TimeoutError at {time.monotonic() - t0:.1f}", type(err).__name__,
              asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
