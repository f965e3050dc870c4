# 236_taskgroup_sibling_cleanup: one failing TaskGroup child cancels its siblings, which run their cleanup before the group raises
# topic: TaskGroup
import asyncio

events = []

async def sibling(name, delay):
    try:
        await asyncio.sleep(delay)
        events.append(f"{name} finished")
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        await asyncio.sleep(0.5)
        events.append(f"{name} cleaned up")
        raise

async def failing():
    await asyncio.sleep(1)
    raise ConnectionError("lost")

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("fast", 0.5))
            tg.create_task(sibling("slow1", 5))
            tg.create_task(sibling("slow2", 6))
            tg.create_task(failing())
    except* ConnectionError as eg:
        print("group failed:", eg.exceptions, "at", loop.time())
    print(sorted(events))

asyncio.run(main())
