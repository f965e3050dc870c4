# 158_course_task_cancel_loop: a periodic task cancelled after a while, counting how often it ran
# topic: cancellation
import asyncio
import time

T0 = time.monotonic()


async def periodic(period):
    runs = 0
    try:
        while True:
            runs += 1
            print(f"{time.monotonic() - T0:.1f} run {runs}")
            await asyncio.sleep(period)
    except asyncio.CancelledError:
        print(f"{time.monotonic() - T0:.1f} stopped after {runs} runs")
        raise


async def main():
    t = asyncio.create_task(periodic(0.3))
    await asyncio.sleep(1.0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)


asyncio.run(main())
