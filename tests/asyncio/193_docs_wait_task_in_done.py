# 193_docs_wait_task_in_done: the docs' wait example: wrap the coroutine in a task, then test membership of done
# topic: wait
import asyncio

async def foo():
    await asyncio.sleep(0.5)
    return 42

async def slow():
    await asyncio.sleep(5)
    return "slow"

async def main():
    task = asyncio.create_task(foo())
    done, pending = await asyncio.wait({task})

    if task in done:
        # Everything will work as expected now.
        print("task in done:", task.result())

    t_fast = asyncio.create_task(foo(), name="fast")
    t_slow = asyncio.create_task(slow(), name="slow")
    done, pending = await asyncio.wait([t_fast, t_slow], return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=1)
    print("after timeout: done", len(done), "pending", len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in done])

asyncio.run(main())
