# B2: 100,000 round trips through two Queue(maxsize=1).
import asyncio

N = 100_000

try:
    Queue = asyncio.Queue
except AttributeError:
    # MicroPython's asyncio has no Queue: a minimal bounded FIFO on Event, used only there.
    class Queue:
        def __init__(self, maxsize):
            self.items, self.maxsize = [], maxsize
            self.changed = asyncio.Event()

        async def put(self, item):
            while len(self.items) >= self.maxsize:
                self.changed.clear()
                await self.changed.wait()
            self.items.append(item)
            self.changed.set()

        async def get(self):
            while not self.items:
                self.changed.clear()
                await self.changed.wait()
            item = self.items.pop(0)
            self.changed.set()
            return item


async def ping(out, back):
    for i in range(N):
        await out.put(i)
        await back.get()


async def pong(inbox, back):
    total = 0
    for _ in range(N):
        total += await inbox.get()
        await back.put(None)
    return total


async def main():
    a = Queue(maxsize=1)
    b = Queue(maxsize=1)
    _, total = await asyncio.gather(ping(a, b), pong(a, b))
    print(total)


asyncio.run(main())
