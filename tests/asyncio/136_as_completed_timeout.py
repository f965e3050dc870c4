# 136_as_completed_timeout: as_completed(timeout=...) raises TimeoutError for the results still missing
# topic: as_completed
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.1, 1.0, 0.2)]
    got = []
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.5):
            got.append(await aw)
    except TimeoutError:
        print("TimeoutError after", got)
    print("slow task still running:", not tasks[1].done())
    print(await tasks[1])


asyncio.run(main())
