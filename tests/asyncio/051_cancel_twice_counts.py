# 051_cancel_twice_counts: two cancel() calls count twice but deliver one CancelledError, with the first message
# topic: cancellation
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as err:
        task = asyncio.current_task()
        print("caught", repr(err), "cancelling() =", task.cancelling())
    await asyncio.sleep(0.1)
    print("worker goes on and returns")
    return "finished normally"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel("m1"), t.cancel("m2"))
    print("result:", await t, "; cancelled():", t.cancelled(), "cancelling():", t.cancelling())


asyncio.run(main())
