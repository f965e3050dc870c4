# 022_as_completed: results in completion order; a timeout raises TimeoutError
# topic: as_completed
import asyncio


async def job(d):
    await asyncio.sleep(d)
    if d == 2:
        raise ValueError("two")
    return d


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d)) for d in (3, 1, 2, 4)]
    for f in asyncio.as_completed(tasks, timeout=3.5):
        try:
            print("result", await f, loop.time())
        except ValueError as e:
            print("error", repr(e), loop.time())
        except TimeoutError:
            print("timeout", loop.time())
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
