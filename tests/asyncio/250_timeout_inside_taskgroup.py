# 250_timeout_inside_taskgroup: asyncio.timeout around a TaskGroup cancels every child when the deadline passes
# topic: timeout
import asyncio

log = []

async def slow(n):
    try:
        await asyncio.sleep(n)
        log.append(f"slow({n}) finished")
    except asyncio.CancelledError:
        log.append(f"slow({n}) cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2.5):
            async with asyncio.TaskGroup() as tg:
                for n in (1, 2, 3, 4):
                    tg.create_task(slow(n))
    except TimeoutError:
        print("timed out at", loop.time())
    print(sorted(log))

asyncio.run(main())
