# 186_docs_awaitables_nested_task: the docs' awaitables example with a Task: create_task schedules nested() soon, awaiting the task gives 42
# topic: docs
import asyncio

async def nested():
    print("nested() runs")
    return 42

async def main():
    # Schedule nested() to run soon concurrently
    # with "main()".
    task = asyncio.create_task(nested())
    print("task created:", task.done())

    # "task" can now be used to cancel "nested()", or
    # can simply be awaited to wait until it is complete:
    print(await task)
    print(task)

asyncio.run(main())
