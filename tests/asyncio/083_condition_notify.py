# 083_condition_notify: notify(n) wakes n waiters in FIFO order; each re-acquires the lock before returning
# topic: conditions
import asyncio


async def consumer(cond, name):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "notified")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(4)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as err:
        print("RuntimeError:", err)


asyncio.run(main())
