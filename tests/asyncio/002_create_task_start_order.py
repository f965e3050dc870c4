# 002_create_task_start_order: tasks start only when the creator suspends, then run in creation order
# topic: tasks
import asyncio


async def child(name):
    print(f"{name} 0")
    await asyncio.sleep(0)
    print(f"{name} 1")


async def main():
    print("main: before create_task")
    asyncio.create_task(child("a"))
    asyncio.create_task(child("b"))
    print("main: tasks created, main still running")
    await asyncio.sleep(0)
    print("main: after first sleep(0)")
    await asyncio.sleep(0)
    print("main: after second sleep(0)")
    await asyncio.sleep(0)
    print("main: end")


asyncio.run(main())
