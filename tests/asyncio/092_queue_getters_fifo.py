# 092_queue_getters_fifo: several tasks blocked in get() are served in the order they started waiting
# topic: queues
import asyncio


async def getter(q, name):
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for item in "xyz":
        q.put_nowait(item)
    await asyncio.gather(*tasks)


asyncio.run(main())
