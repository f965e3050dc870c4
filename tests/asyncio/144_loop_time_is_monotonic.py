# 144_loop_time_is_monotonic: loop.time() is time.monotonic(), and advances with sleeps
# topic: event-loop
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print(abs(loop.time() - time.monotonic()) < 0.01)
    t0 = loop.time()
    await asyncio.sleep(1.5)
    print(f"{loop.time() - t0:.1f}")
    print(abs(loop.time() - time.monotonic()) < 0.01)


asyncio.run(main())
