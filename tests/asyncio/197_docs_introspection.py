# 197_docs_introspection: current_task, all_tasks, get_name/set_name, get_coro and task reprs
# topic: tasks
import asyncio

async def worker(n):
    me = asyncio.current_task()
    print("worker", n, "is", me.get_name())
    await asyncio.sleep(n)

async def main():
    print("main is", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(1, 4)]
    tasks[0].set_name("renamed")
    await asyncio.sleep(0)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names)
    print(tasks[1].get_coro().__qualname__, asyncio.iscoroutine(tasks[1].get_coro()))
    print(tasks[2])
    await asyncio.sleep(1.5)
    print("left:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(tasks[2])
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
