# 174_wait_for_task_after_done: wait_for on an already finished task returns at once; on a failed one re-raises
# topic: wait_for
import asyncio


async def ok():
    return "ok"


async def bad():
    raise IndexError("bad")


async def main():
    t = asyncio.create_task(ok())
    u = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 1))
    try:
        await asyncio.wait_for(u, 1)
    except IndexError as err:
        print("IndexError:", err)


asyncio.run(main())
