# 013_taskgroup_errors: the first error cancels siblings and the body once (2.1-13)
# topic: TaskGroup
import asyncio


async def fail(d, msg):
    await asyncio.sleep(d)
    print("failing", msg)
    raise ValueError(msg)


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def body_then_group():
    task = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, "e1"))
            tg.create_task(fail(1, "e2"))
            tg.create_task(slow())
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("body cancelled, cancelling =", task.cancelling())
                raise
    except ExceptionGroup as eg:
        print("group:", str(eg), [repr(e) for e in eg.exceptions])
    print("after group, cancelling =", task.cancelling())
    try:
        tg.create_task(slow())
    except RuntimeError as e:
        print("create_task after exit:", e)


async def parent_cancelled():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow())
        await asyncio.sleep(10)


async def main():
    await body_then_group()
    t = asyncio.create_task(parent_cancelled())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent propagated CancelledError")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(1, "A"))
        b = tg.create_task(asyncio.sleep(2, "B"))
    print("results", a.result(), b.result())


asyncio.run(main())
