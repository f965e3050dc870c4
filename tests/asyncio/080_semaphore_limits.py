# 080_semaphore_limits: Semaphore(2) admits two tasks at a time, the rest in arrival order
# topic: semaphores
import asyncio
import time

T0 = time.monotonic()


async def job(sem, i):
    async with sem:
        print(f"{time.monotonic() - T0:.1f} job {i} in")
        await asyncio.sleep(0.5)
    print(f"{time.monotonic() - T0:.1f} job {i} out")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, i) for i in range(5)))


asyncio.run(main())
