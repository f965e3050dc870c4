# 118_task_exception_never_retrieved: a failed task nobody awaits logs "Task exception was never retrieved"
# topic: warnings
import asyncio


async def fail():
    raise ValueError("lost error")


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
