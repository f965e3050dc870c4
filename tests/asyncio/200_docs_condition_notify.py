# 200_docs_condition_notify: Condition: consumers wait under the lock, notify wakes one, notify_all the rest
# topic: locks
import asyncio

async def consumer(cond, name, items):
    async with cond:
        print(f"{name} waiting")
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} consumed {item}")

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(0.1)
    print(cond)
    async with cond:
        items.append("first")
        cond.notify()
    await asyncio.sleep(0.1)
    async with cond:
        items.extend(["second", "third"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("left:", items, cond.locked())

asyncio.run(main())
