# 211_priority_and_lifo_queues: PriorityQueue hands out the smallest entry, LifoQueue the newest; QueueEmpty and QueueFull
# topic: queues
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait(item)
    while not pq.empty():
        print(await pq.get())

    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put("a")
    await lq.put("b")
    print("full:", lq.full(), lq.qsize())
    try:
        lq.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(lq.get_nowait(), lq.get_nowait())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    q = asyncio.Queue(maxsize=1)
    async def producer():
        for i in range(3):
            await q.put(i)
            print("put", i)
    async def consumer():
        for _ in range(3):
            await asyncio.sleep(0.5)
            print("got", await q.get())
    await asyncio.gather(producer(), consumer())

asyncio.run(main())
