# 007_call_soon_fifo: call_soon callbacks run in FIFO order with their arguments
# topic: event-loop
import asyncio


def cb(*args):
    print("callback", args)


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(cb, i, "x" * i)
    handle = loop.call_soon(cb, "cancelled")
    handle.cancel()
    loop.call_soon(cb)
    print("main: scheduled")
    await asyncio.sleep(0)
    print("main: after one iteration")


asyncio.run(main())
