# 049_cancel_message: cancel(msg) delivers the message in the CancelledError, inside the task and to its awaiter
# topic: cancellation
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as err:
        print("inside:", repr(err), err.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("because I said so")
    try:
        await t
    except asyncio.CancelledError as err:
        print("awaiter:", repr(err))
    u = asyncio.create_task(worker())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as err:
        print("no message:", repr(err), err.args)


asyncio.run(main())
