# 007_repeated_cancel: two cancels, one CancelledError with the first message (2.1-7)
# topic: cancellation
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("caught", repr(e), e.args)
        print("cancelling", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("worker continues")
    return "finished"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancel 1", t.cancel("m1"))
    print("cancel 2", t.cancel("m2"))
    print("cancelling", t.cancelling())
    r = await t
    print("result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling())
    print("uncancel", t.uncancel(), t.uncancel(), t.uncancel())
    print("cancel done task", t.cancel())


asyncio.run(main())
