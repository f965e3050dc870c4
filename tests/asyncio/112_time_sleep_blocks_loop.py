# 112_time_sleep_blocks_loop: time.sleep inside a coroutine blocks every task; timers fire late
# topic: blocking
import asyncio
import time

T0 = time.monotonic()


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.2)
        print(f"{time.monotonic() - T0:.1f} tick {i}")


async def blocker():
    await asyncio.sleep(0.1)
    print(f"{time.monotonic() - T0:.1f} blocking for 1 s")
    time.sleep(1)
    print(f"{time.monotonic() - T0:.1f} unblocked")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
