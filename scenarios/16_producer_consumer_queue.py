# Producer/consumer with a bounded Queue
# topic: queues
#
# A Queue with `maxsize` applies back-pressure: `await put()` waits while the queue is full, so a
# fast producer slows down to the pace of the consumers. `task_done()` and `join()` tell the
# producer side when every item has been processed.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def producer(queue, count):
    for i in range(count):
        await asyncio.sleep(0.2)  # producing an item is quick
        log(f"producer: item {i} ready, queue {queue.qsize()}/{queue.maxsize}")
        await queue.put(i)        # waits while the queue is full
        log(f"producer: item {i} queued")
    log("producer: all items queued")


async def consumer(queue, name, seconds):
    while True:
        item = await queue.get()
        log(f"{name}: processing item {item}")
        await asyncio.sleep(seconds)  # processing is slow
        log(f"{name}: item {item} done")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(queue, "consumer-1", 1.0)),
                 asyncio.create_task(consumer(queue, "consumer-2", 1.3))]
    await producer(queue, 6)
    await queue.join()  # every item fetched *and* marked done
    log("main: queue drained; stopping the consumers")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    log(f"main: consumers cancelled: {[c.cancelled() for c in consumers]}")


asyncio.run(main())
