# 052_uncancel: uncancel() decrements the cancel count that cancel() increments
# topic: cancellation
import asyncio


async def main():
    task = asyncio.current_task()
    print(task.cancelling())
    task.cancel()
    task.cancel()
    print(task.cancelling())
    print("uncancel ->", task.uncancel())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("the pending cancel is still delivered; cancelling() =", task.cancelling())
    print("uncancel ->", task.uncancel())
    await asyncio.sleep(0)
    print("back to normal")


asyncio.run(main())
