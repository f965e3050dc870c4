# 063_taskgroup_except_star: except* handles each exception type of the group separately
# topic: taskgroup
import asyncio


async def raise_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_after(0.1, ValueError("v1")))
            tg.create_task(raise_after(0.1, TypeError("t1")))
            tg.create_task(raise_after(0.1, ValueError("v2")))
    except* ValueError as eg:
        print("ValueErrors:", eg.exceptions)
    except* TypeError as eg:
        print("TypeErrors:", eg.exceptions)
    print("after except*")


asyncio.run(main())
