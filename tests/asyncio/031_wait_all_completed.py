# 031_wait_all_completed: wait() returns (done, pending) sets after every task finished
# topic: wait
import asyncio


async def job(x):
    await asyncio.sleep(x / 10)
    return x


async def main():
    tasks = [asyncio.create_task(job(x)) for x in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))
    print(type(done).__name__)
    try:
        await asyncio.wait([])
    except ValueError as err:
        print("ValueError:", err)


asyncio.run(main())
