# 021_queue: Queue ping-pong, maxsize back-pressure, task_done/join, Priority and Lifo
# topic: queues
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print("got", item)
        await asyncio.sleep(1)


async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "did", item)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 4), consumer(q))
    q = asyncio.Queue()
    for d in (3, 1, 2, 1):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
    await q.join()
    print("joined at", asyncio.get_running_loop().time(), "unfinished", q._unfinished_tasks)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        for _ in range(2):
            q.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for v in (5, 1, 4, 1, 3, 9, 2):
        pq.put_nowait(v)
    print("priority", [pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for v in (1, 2, 3):
        lq.put_nowait(v)
    print("lifo", [lq.get_nowait() for _ in range(3)])
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.gather(getter, return_exceptions=True)
    q.put_nowait("after cancel")
    print("get", await q.get())


asyncio.run(main())
