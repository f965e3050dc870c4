# 229_done_callbacks_partial: add_done_callback with functools.partial, remove_done_callback, result and exception of finished tasks
# topic: futures
import asyncio
import functools

def report(label, task):
    if task.cancelled():
        print(label, "cancelled")
    elif task.exception() is not None:
        print(label, "failed:", repr(task.exception()))
    else:
        print(label, "result:", task.result())

async def value(v):
    await asyncio.sleep(0.1)
    return v

async def boom():
    await asyncio.sleep(0.2)
    raise LookupError("nope")

async def main():
    t1 = asyncio.create_task(value(7))
    t2 = asyncio.create_task(boom())
    t3 = asyncio.create_task(value(9))
    t1.add_done_callback(functools.partial(report, "t1"))
    t2.add_done_callback(functools.partial(report, "t2"))
    cb = functools.partial(report, "t3")
    t3.add_done_callback(cb)
    print("removed:", t3.remove_done_callback(cb))
    t4 = asyncio.create_task(value(1))
    t4.add_done_callback(functools.partial(report, "t4"))
    t4.cancel()
    await asyncio.wait([t1, t2, t3, t4])
    await asyncio.sleep(0)
    print("exception of t1:", t1.exception())
    print("late callback:")
    t1.add_done_callback(functools.partial(report, "late"))
    await asyncio.sleep(0)

asyncio.run(main())
