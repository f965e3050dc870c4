# 155_course_producer_consumer_sentinel: producer/consumer ending with a None sentinel per consumer
# topic: queues
import asyncio


async def producer(q, n, consumers):
    for i in range(n):
        await q.put(i)
        print("produced", i)
        await asyncio.sleep(0.1)
    for _ in range(consumers):
        await q.put(None)


async def consumer(q, name):
    handled = []
    while (item := await q.get()) is not None:
        handled.append(item)
        await asyncio.sleep(0.33)
    print(name, "handled", handled)
    return len(handled)


async def main():
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(producer(q, 6, 2), consumer(q, "c1"), consumer(q, "c2"))
    print(results)


asyncio.run(main())
