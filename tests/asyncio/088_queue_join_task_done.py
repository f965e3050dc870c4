# 088_queue_join_task_done: join() returns once task_done() was called for every item put
# topic: queues
import asyncio


async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 10)
        print(f"{name} processed {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in [5, 1, 2, 3]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
    await q.join()
    print("all items processed, queue empty:", q.empty())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as err:
        print("ValueError:", err)


asyncio.run(main())
