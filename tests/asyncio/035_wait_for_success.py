# 035_wait_for_success: wait_for returns the result when the awaitable finishes in time
# topic: wait_for
import asyncio


async def compute():
    await asyncio.sleep(0.1)
    return "result"


async def main():
    print(await asyncio.wait_for(compute(), timeout=1))
    task = asyncio.create_task(compute())
    print(await asyncio.wait_for(task, timeout=1), task.done())


asyncio.run(main())
