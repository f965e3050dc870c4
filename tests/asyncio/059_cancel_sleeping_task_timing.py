# 059_cancel_sleeping_task_timing: a cancelled sleep ends immediately; the cancel lands in the next iteration
# topic: cancellation
import asyncio
import time


async def sleeper():
    t0 = time.monotonic()
    try:
        await asyncio.sleep(10)
    finally:
        print(f"sleeper woke after {time.monotonic() - t0:.1f} s")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.5)
    t.cancel()
    print("cancel requested; done yet?", t.done())
    await asyncio.sleep(0)
    print("one iteration later, done?", t.done())


asyncio.run(main())
