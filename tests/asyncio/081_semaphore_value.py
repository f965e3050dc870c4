# 081_semaphore_value: acquire/release change locked(); release may raise the value above the start
# topic: semaphores
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    print(sem.locked())
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()  # a plain Semaphore allows this
    await sem.acquire()
    await sem.acquire()
    print("acquired twice after two releases; locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as err:
        print("ValueError:", err)


asyncio.run(main())
