# 237_queue_backpressure: a fast producer blocks on a bounded Queue until the slow consumer makes room
# topic: queues
import asyncio

async def producer(q, t0):
    loop = asyncio.get_running_loop()
    for i in range(5):
        await q.put(i)
        print(f"{loop.time() - t0:.1f} put {i} size={q.qsize()} full={q.full()}")
    await q.put(None)

async def consumer(q, t0):
    loop = asyncio.get_running_loop()
    while (item := await q.get()) is not None:
        print(f"{loop.time() - t0:.1f} got {item}")
        await asyncio.sleep(1)
        q.task_done()
    q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    t0 = asyncio.get_running_loop().time()
    await asyncio.gather(producer(q, t0), consumer(q, t0))
    print("empty:", q.empty(), "maxsize:", q.maxsize)

asyncio.run(main())
