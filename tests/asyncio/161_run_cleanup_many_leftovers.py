# 161_run_cleanup_many_leftovers: asyncio.run cancels all leftover tasks; their handlers are collected and printed sorted
# topic: run
import asyncio

events = []


async def leftover(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")  # cancelled in set order: collect, do not print
        raise


async def main():
    for name in ("a", "b", "c", "d"):
        asyncio.create_task(leftover(name))
    await asyncio.sleep(0.1)
    print("main done with", len(asyncio.all_tasks()) - 1, "tasks left")


asyncio.run(main())
print(sorted(events))
