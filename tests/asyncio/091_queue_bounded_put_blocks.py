# 091_queue_bounded_put_blocks: put() on a full queue waits until a get() frees a slot
# topic: queues
import asyncio


async def producer(q):
    for i in range(4):
        print("putting", i)
        await q.put(i)
        print("put", i, "done")


async def consumer(q):
    for _ in range(4):
        await asyncio.sleep(0.1)
        print("got", await q.get())


async def main():
    q = asyncio.Queue(1)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
