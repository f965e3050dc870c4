# 040_wait_for_none_timeout: timeout=None waits as long as it takes
# topic: wait_for
import asyncio
import time


async def long_job():
    await asyncio.sleep(1.5)
    return "finally"


async def main():
    t0 = time.monotonic()
    print(await asyncio.wait_for(long_job(), timeout=None))
    print(f"after {time.monotonic() - t0:.1f} s")


asyncio.run(main())
