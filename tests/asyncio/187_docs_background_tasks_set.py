# 187_docs_background_tasks_set: the docs' create_task pattern: keep references in a set and discard them when done
# topic: docs
import asyncio

background_tasks = set()

async def some_coro(param):
    await asyncio.sleep(param / 10)
    print(f"some_coro({param}) done")
    return param * 2

async def main():
    for i in range(10):
        task = asyncio.create_task(some_coro(param=i))

        # Add task to the set. This creates a strong reference.
        background_tasks.add(task)

        # To prevent keeping references to finished tasks forever,
        # make each task remove its own reference from the set after
        # completion:
        task.add_done_callback(background_tasks.discard)
    print("pending:", len(background_tasks))
    await asyncio.sleep(0.45)
    print("pending after 0.45s:", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.1)
    print("all done, pending:", len(background_tasks))

asyncio.run(main())
