# 095_semaphore_wakeup_order: each release of a Semaphore(1) hands it to the longest-waiting task
# topic: semaphores
import asyncio


async def user(sem, name):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0)
    print(name, "out")


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(user(sem, "a"), user(sem, "b"), user(sem, "c"), user(sem, "d"))


asyncio.run(main())
