# 172_dataclass_jobs: dataclass job records processed by a pool of tasks through a PriorityQueue
# topic: queues
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    seconds: float = field(compare=False, default=0.1)


async def worker(q, done):
    while True:
        job = await q.get()
        await asyncio.sleep(job.seconds)
        done.append(job.name)
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for job in [Job(3, "backup"), Job(1, "page oncall"), Job(2, "send mail"), Job(1, "restart db")]:
        q.put_nowait(job)
    print(q.get_nowait())
    q.task_done()  # every get needs its task_done, or join() waits forever
    done = []
    w = asyncio.create_task(worker(q, done))
    await q.join()
    w.cancel()
    print(done)


asyncio.run(main())
