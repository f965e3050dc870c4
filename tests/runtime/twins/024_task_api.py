# 024_task_api: names, current_task, all_tasks, set_name, awaiting itself, done-callback order
# topic: runtime core
import asyncio


async def child(n):
    await asyncio.sleep(n)
    return n


async def selfish():
    await asyncio.current_task()


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name())
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(2), name="bee")
    c = asyncio.create_task(child(3))
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("sea")
    print("all tasks", sorted(t.get_name() for t in asyncio.all_tasks()))
    fut = asyncio.get_running_loop().create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print("callback", i, f.result()))
    fut.set_result("r")
    print("callbacks scheduled, not run")
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.gather(a, b, c)
    print("all tasks", sorted(t.get_name() for t in asyncio.all_tasks()))
    s = asyncio.create_task(selfish())
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2.cancel("why")
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("cancelled future raises", repr(e))


asyncio.run(main())
