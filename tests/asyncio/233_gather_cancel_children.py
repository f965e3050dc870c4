# 233_gather_cancel_children: cancelling the future returned by gather cancels every child still running
# topic: gather
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "finished")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(5), child(6))
    await asyncio.sleep(2)
    print("cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    t = asyncio.create_task(child(3))
    g2 = asyncio.gather(t, child(0.5), return_exceptions=True)
    await asyncio.sleep(1)
    t.cancel()
    print(await g2)

asyncio.run(main())
