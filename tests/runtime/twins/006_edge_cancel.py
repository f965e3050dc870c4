# 006_edge_cancel: a cancel is delivered only at a real suspension (2.1-6)
# topic: cancellation
import asyncio


async def self_cancel():
    loop = asyncio.get_running_loop()
    asyncio.current_task().cancel("self")
    done = loop.create_future()
    done.set_result("ok")
    print("done future passes:", await done)
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("sleep raised", repr(e))
        raise


async def never_runs():
    print("BODY RAN")


async def returns_with_pending_cancel():
    asyncio.current_task().cancel()
    return "value"


async def main():
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print("t cancelled", t.cancelled())
    t2 = asyncio.create_task(never_runs())
    t2.cancel()
    await asyncio.sleep(0)
    print("t2 cancelled", t2.cancelled())
    t3 = asyncio.create_task(returns_with_pending_cancel())
    await asyncio.sleep(0)
    print("t3 cancelled", t3.cancelled())


asyncio.run(main())
