# 033_wait_first_exception: FIRST_EXCEPTION returns at the first error, or when all are done if none fails
# topic: wait
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"failed after {delay}")
    return delay


async def main():
    tasks = [asyncio.create_task(job(0.1)), asyncio.create_task(job(0.2, fail=True)),
             asyncio.create_task(job(0.4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    print([repr(t.exception()) for t in tasks if t in done and t.exception()])
    tasks[2].cancel()
    tasks = [asyncio.create_task(job(0.1)), asyncio.create_task(job(0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))


asyncio.run(main())
