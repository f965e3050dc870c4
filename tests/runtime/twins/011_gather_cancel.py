# 011_gather_cancel: cancelling gather cancels every child; return_exceptions loses msgs (2.1-11)
# topic: gather
import asyncio


async def child(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("child", name, "cancelled", repr(e))
        raise


async def main():
    g = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0)
    print("cancel", g.cancel("stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", repr(e))
    g2 = asyncio.gather(child("c"), child("d"), return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel("msg2")
    try:
        print(await g2)
    except asyncio.CancelledError as e:
        print("gather(return_exceptions) raised", repr(e))
    t1 = asyncio.create_task(child("e"))
    t2 = asyncio.create_task(child("f"))
    g3 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel("only e")
    print("results", await g3 if False else None)
    t2.cancel()
    print(await g3)


asyncio.run(main())
