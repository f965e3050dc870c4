# 221_course_semaphore_rate_limit: at most two downloads at once with a Semaphore, printed with start and end times
# topic: course
import asyncio

async def download(sem, url, seconds, t0):
    loop = asyncio.get_running_loop()
    async with sem:
        print(f"{loop.time() - t0:.1f} start {url}")
        await asyncio.sleep(seconds)
        print(f"{loop.time() - t0:.1f} done {url}")
    return len(url)

async def main():
    sem = asyncio.Semaphore(2)
    t0 = asyncio.get_running_loop().time()
    urls = {"a.com": 1, "bb.org": 2, "ccc.net": 1, "dddd.io": 3, "e.de": 1}
    sizes = await asyncio.gather(*(download(sem, u, s, t0) for u, s in urls.items()))
    print(sizes)

asyncio.run(main())
