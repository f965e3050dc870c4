# 084_condition_wait_for: wait_for(predicate) sleeps until the predicate holds after a notify
# topic: conditions
import asyncio

items = []


async def consumer(cond):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        print("consumer sees", items)


async def producer(cond):
    for i in range(4):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))


asyncio.run(main())
