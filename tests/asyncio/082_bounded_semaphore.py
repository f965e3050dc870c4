# 082_bounded_semaphore: BoundedSemaphore raises ValueError when released too many times
# topic: semaphores
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        print("inside, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as err:
        print("ValueError:", err)


asyncio.run(main())
