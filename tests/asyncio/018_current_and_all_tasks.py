# 018_current_and_all_tasks: current_task inside tasks, all_tasks (sorted by name) as tasks finish
# topic: introspection
import asyncio


async def worker(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    print("current:", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(worker(d), name=f"w{d}") for d in (1, 2, 3)]
    print("all:", names())
    await tasks[0]
    print("after w1:", names())
    print(await asyncio.gather(*tasks))
    print("at the end:", names())
    print("current_task() outside a loop:", end=" ")


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as err:
    print("RuntimeError:", err)
