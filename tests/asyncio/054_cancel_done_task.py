# 054_cancel_done_task: cancel() on a finished task returns False and changes nothing
# topic: cancellation
import asyncio


async def quick():
    return 7


async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.cancel(), t.cancelled(), t.result(), t.cancelling())


asyncio.run(main())
