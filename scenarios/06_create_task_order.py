# Scheduling with tasks: when does a new task start?
# topic: tasks
#
# `asyncio.create_task` only schedules the coroutine: nothing runs until the current task gives
# control back to the loop with an `await` that really suspends. Tasks then take turns in the
# order they were scheduled, one step (up to the next suspension) at a time.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"  {name}: step {i}")
        await asyncio.sleep(0)  # let the others run
    print(f"  {name}: done")
    return name


async def main():
    a = asyncio.create_task(worker("A", 2))
    b = asyncio.create_task(worker("B", 3), name="worker-B")
    print("main: created two tasks; none has run yet")
    print("main:", a)
    print("main:", b)
    print("main: first real suspension (sleep(0))")
    await asyncio.sleep(0)
    print("main: back; each task ran one step")
    print("main: result of A =", await a)
    print("main:", a)
    print("main: result of B =", await b)
    print("main: current task is", asyncio.current_task().get_name())


asyncio.run(main())
