import asyncio
from dataclasses import dataclass, field
from itertools import count

_seq = count()


@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(default_factory=lambda: next(_seq))
    name: str = field(default="", compare=False)


async def producer(q):
    for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2")]:
        await q.put(Job(prio, name=name))
        print("queued", name)


async def consumer(q):
    while True:
        job = await q.get()
        print("run", job)
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    await producer(q)
    c = asyncio.create_task(consumer(q))
    await q.join()
    c.cancel()
    print(sorted([Job(2, name="b"), Job(1, name="a")]))


asyncio.run(main())
