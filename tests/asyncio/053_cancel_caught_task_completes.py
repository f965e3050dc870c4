# 053_cancel_caught_task_completes: a task that catches CancelledError and returns is not cancelled
# topic: cancellation
import asyncio


async def resilient():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("resilient: refusing to stop")
    return "survived"


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t, t.cancelled())


asyncio.run(main())
