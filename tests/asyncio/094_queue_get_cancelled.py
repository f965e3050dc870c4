# 094_queue_get_cancelled: a get() cancelled by wait_for does not lose the next item
# topic: queues
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.1)
    except TimeoutError:
        print("get timed out")
    q.put_nowait("item")
    print(await q.get(), q.qsize())


asyncio.run(main())
