# 089_priority_queue: PriorityQueue returns the smallest item first
# topic: queues
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await q.put(entry)
    while not q.empty():
        print(await q.get())


asyncio.run(main())
