# 162_taskgroup_abort_many: a failure cancels every sibling; cancellations are collected and printed sorted
# topic: taskgroup
import asyncio

events = []


async def sibling(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        events.append(i)  # the group cancels in set order: collect, do not print
        raise


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("abort")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(sibling(i)) for i in range(6)]
            tg.create_task(failing())
    except* ValueError as eg:
        print("group failed:", eg.exceptions)
    print(sorted(events), all(t.cancelled() for t in tasks))


asyncio.run(main())
