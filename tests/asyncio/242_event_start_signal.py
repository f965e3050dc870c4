# 242_event_start_signal: runners wait on an Event; set() releases them all at once, clear() makes later waiters block again
# topic: locks
import asyncio

async def runner(name, start, t0):
    print(name, "ready")
    await start.wait()
    print(name, "running at", asyncio.get_running_loop().time() - t0)

async def main():
    start = asyncio.Event()
    t0 = asyncio.get_running_loop().time()
    tasks = [asyncio.create_task(runner(f"r{i}", start, t0)) for i in range(3)]
    await asyncio.sleep(1)
    print("set", start.is_set())
    start.set()
    await asyncio.gather(*tasks)
    start.clear()
    late = asyncio.create_task(runner("late", start, t0))
    await asyncio.sleep(1)
    print("late done?", late.done(), start)
    start.set()
    await late
    print(start)

asyncio.run(main())
