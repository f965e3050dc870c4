# 254_task_reprs_library_callbacks: task and future reprs list asyncio's own callbacks (run_until_complete, gather, shield, wait, wait_for, TaskGroup, executors) in registration order
# topic: reprs
import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

def on_done(fut):
    pass

async def main():
    await asyncio.sleep(0)
    print(asyncio.current_task())
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        print(t)
    print(g)
    await g
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(1))
        await asyncio.sleep(0)
        print(t)
    t = asyncio.create_task(child(1))
    t.add_done_callback(on_done)
    s = asyncio.shield(t)
    print(s)
    w = asyncio.create_task(asyncio.wait([t]))
    await asyncio.sleep(0)
    print(t)
    await w
    t = asyncio.create_task(child(2))
    wf = asyncio.create_task(asyncio.wait_for(t, 5))
    await asyncio.sleep(0)
    print(t)
    await wf
    f = asyncio.get_running_loop().run_in_executor(None, sum, [1, 2])
    print(f)
    print(await f)

asyncio.run(main())
