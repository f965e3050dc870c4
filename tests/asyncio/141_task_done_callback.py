# 141_task_done_callback: a task's done callbacks run before the task awaiting it resumes
# topic: tasks
import asyncio


async def work():
    await asyncio.sleep(0.1)
    return "w"


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda task: print("callback 1:", task.result()))
    t.add_done_callback(lambda task: print("callback 2"))
    print("awaited:", await t)


asyncio.run(main())
