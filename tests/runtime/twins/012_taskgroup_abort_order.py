# 012_taskgroup_abort_order: abort order follows a set in CPython; events are sorted (2.1-12)
# topic: TaskGroup
import asyncio

events = []


async def sleeper(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append(i)
        raise


async def failer():
    await asyncio.sleep(1)
    raise RuntimeError("fail")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(8):
                tg.create_task(sleeper(i))
            tg.create_task(failer())
    except* RuntimeError as eg:
        print("caught", [repr(e) for e in eg.exceptions])
    print("cancelled children", sorted(events))


asyncio.run(main())
