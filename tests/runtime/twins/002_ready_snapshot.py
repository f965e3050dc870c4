# 002_ready_snapshot: one iteration runs only what was queued before it began (2.1-2)
# topic: runtime core
import asyncio


def log(msg):
    print(msg)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, log, "later0 A")
    loop.call_soon(log, "soon B")

    def chain(n):
        print("chain", n)
        if n < 3:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 0)
    loop.call_soon(log, "soon C")
    for i in range(4):
        print("main iteration", i)
        await asyncio.sleep(0)
    h = loop.call_soon(log, "cancelled handle")
    h.cancel()
    t = loop.call_later(0.5, log, "cancelled timer")
    t.cancel()
    await asyncio.sleep(1)
    print("done")


asyncio.run(main())
