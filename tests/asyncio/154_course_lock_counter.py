# 154_course_lock_counter: the classic course example: a counter updated across an await loses updates without a Lock
# topic: locks
import asyncio

counter = 0


async def increment(lock=None):
    global counter
    if lock is None:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1
    else:
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1


async def main():
    global counter
    await asyncio.gather(*(increment() for _ in range(100)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(lock) for _ in range(100)))
    print("with lock:", counter)


asyncio.run(main())
