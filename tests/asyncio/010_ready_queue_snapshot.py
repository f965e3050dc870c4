# 010_ready_queue_snapshot: callbacks queued during an iteration run in the next one; call_later(0) after call_soon
# topic: event-loop
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []

    def a():
        order.append("a")
        loop.call_soon(lambda: order.append("a-child"))

    def b():
        order.append("b")

    loop.call_later(0, lambda: order.append("later0"))
    loop.call_soon(a)
    loop.call_soon(b)
    await asyncio.sleep(0)
    print("after 1 iteration:", order)
    await asyncio.sleep(0)
    print("after 2 iterations:", order)


asyncio.run(main())
