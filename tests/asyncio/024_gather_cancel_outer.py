# 024_gather_cancel_outer: cancelling the gather future cancels every child
# topic: gather
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    g = asyncio.gather(child("a"), child("b"), child("c"))
    await asyncio.sleep(0.1)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("cancelled():", g.cancelled())


asyncio.run(main())
