# 093_queue_repr: Queue, Lock, Event, Semaphore and Condition reprs show their state
# topic: reprs
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    q.put_nowait(1)
    print(repr(q))
    print(str(q))
    print(str(asyncio.PriorityQueue()), str(asyncio.LifoQueue(2)))
    lock = asyncio.Lock()
    await lock.acquire()
    print(repr(lock))
    sem = asyncio.Semaphore(2)
    print(repr(sem))
    ev = asyncio.Event()
    ev.set()
    print(repr(ev))
    print(repr(asyncio.Condition()))


asyncio.run(main())
