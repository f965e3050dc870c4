# 043_timeout_reschedule: reschedule() moves the deadline later, earlier, or removes it
# topic: timeout
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    async with asyncio.timeout(0.5) as cm:
        cm.reschedule(loop.time() + 1.5)
        await asyncio.sleep(1)
        print(f"extended deadline: still running at {time.monotonic() - t0:.1f}")
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"shortened deadline fired at {time.monotonic() - t0:.1f}")
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.5)
        print(f"deadline removed: done at {time.monotonic() - t0:.1f}")


asyncio.run(main())
