# 087_queue_nowait_errors: put_nowait/get_nowait raise QueueFull and QueueEmpty
# topic: queues
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.qsize(), q.full(), q.empty())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    print(q.qsize(), q.full(), q.empty(), q.maxsize)


asyncio.run(main())
