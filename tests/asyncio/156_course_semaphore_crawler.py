# 156_course_semaphore_crawler: a crawler limited to 3 concurrent fetches by a Semaphore, peak concurrency measured
# topic: semaphores
import asyncio

active = 0
peak = 0


async def fetch(sem, url, latency):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(latency)
        active -= 1
    return f"{url}: {len(url) * 100} bytes"


async def main():
    sem = asyncio.Semaphore(3)
    urls = [f"/page{i}" for i in range(8)]
    results = await asyncio.gather(*(fetch(sem, u, 0.1 * (i % 3 + 1)) for i, u in enumerate(urls)))
    print(results)
    print("peak concurrency:", peak)


asyncio.run(main())
