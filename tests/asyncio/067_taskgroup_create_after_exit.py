# 067_taskgroup_create_after_exit: a finished TaskGroup refuses new tasks; one not entered yet too
# topic: taskgroup
import asyncio


async def nothing():
    pass


async def main():
    async with asyncio.TaskGroup() as tg:
        pass
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as err:
        print("after exit:", err)
        coro.close()
    fresh = asyncio.TaskGroup()
    coro = nothing()
    try:
        fresh.create_task(coro)
    except RuntimeError as err:
        print("before enter:", err)
        coro.close()


asyncio.run(main())
