# 230_course_worker_pool_shutdown: a worker pool drains a queue, join() waits, the workers are cancelled and gathered with return_exceptions
# topic: queues
import asyncio

async def worker(name, queue, results):
    while True:
        n = await queue.get()
        await asyncio.sleep(n / 10)
        results.append((name, n))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for n in [3, 1, 4, 1, 5, 9, 2, 6]:
        queue.put_nowait(n)
    print(queue)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await queue.join()
    print("joined at", round(asyncio.get_running_loop().time(), 2))
    print(results)
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print(queue)

asyncio.run(main())
