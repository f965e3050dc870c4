# 262_runtime_awaitables_by_hand: asyncio.sleep(0) stepped by hand, and Queue.put/get with and without waiting, cancelled while waiting
# topic: queues
import asyncio


async def consumer(q, name):
    item = await q.get()
    print(name, 'got', item)
    return item


async def producer(q, items):
    for item in items:
        await q.put(item)
        print('put', item, 'size', q.qsize())


async def main():
    step = asyncio.sleep(0, 'result').__await__()
    print('first step yields', step.send(None))
    try:
        step.send(None)
    except StopIteration as stop:
        print('then returns', stop.value)
    print('iterated:', list(asyncio.sleep(0, 'unused').__await__()))
    print('awaited:', await asyncio.sleep(0, 'value'))

    q = asyncio.Queue(maxsize=2)
    await q.put('a')
    await q.put('b')
    print(q, q.full())
    waiting = asyncio.create_task(producer(q, ['c', 'd']))
    await asyncio.sleep(0)
    print(q)
    print('get', await q.get())
    print('get', await q.get())
    await asyncio.sleep(0)
    print(q)
    await waiting
    print('get', q.get_nowait(), 'get', await q.get(), q.empty())

    getters = [asyncio.create_task(consumer(q, f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(q)
    getters[0].cancel()
    await asyncio.sleep(0)
    print(q, getters[0].cancelled())
    await q.put(1)
    await q.put(2)
    print(await asyncio.gather(*getters[1:]))

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        await lifo.put(x)
        await prio.put(x)
    print([await lifo.get() for _ in range(3)], [await prio.get() for _ in range(3)])


asyncio.run(main())
