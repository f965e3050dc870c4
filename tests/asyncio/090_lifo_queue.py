# 090_lifo_queue: LifoQueue returns the most recently added item first
# topic: queues
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for x in range(4):
        q.put_nowait(x)
    print([q.get_nowait() for _ in range(q.qsize())])


asyncio.run(main())
