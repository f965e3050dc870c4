# 194_docs_as_completed_earliest: the docs' as_completed loop: results arrive earliest first, with a timeout on the rest
# topic: as_completed
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    aws = [fetch("c", 3), fetch("a", 1), fetch("b", 2)]
    for coro in asyncio.as_completed(aws):
        earliest_result = await coro
        print(f"{loop.time() - start:.1f}", earliest_result)

    try:
        for coro in asyncio.as_completed([fetch("x", 1), fetch("y", 10)], timeout=2):
            print(await coro)
    except TimeoutError:
        print(f"{loop.time() - start:.1f} timed out waiting for the rest")

asyncio.run(main())
