# 058_cancel_during_cleanup: a second cancel while the task awaits in its except block interrupts the cleanup
# topic: cancellation
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cleanup started")
        try:
            await asyncio.sleep(1)
            print("cleanup finished (not printed)")
        except asyncio.CancelledError as err:
            print("cleanup interrupted by", repr(err))
            raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel("first")
    await asyncio.sleep(0.1)
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as err:
        print("main:", repr(err), t.cancelling())


asyncio.run(main())
