# 139_gather_cancel_return_exceptions: cancelling gather raises CancelledError even with return_exceptions=True
# topic: gather
import asyncio


async def child(d):
    await asyncio.sleep(d)
    return d


async def main():
    g = asyncio.gather(child(1), child(2), return_exceptions=True)
    asyncio.get_running_loop().call_later(0.1, g.cancel)
    try:
        print(await g)
    except asyncio.CancelledError:
        print("CancelledError despite return_exceptions=True")


asyncio.run(main())
