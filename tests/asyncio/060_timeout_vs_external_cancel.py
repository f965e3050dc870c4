# 060_timeout_vs_external_cancel: a task inside a timeout block that is cancelled from outside gets CancelledError, not TimeoutError
# topic: timeout
import asyncio


async def worker():
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout (wrong)")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("the external cancel propagated, not a TimeoutError")
    print(t.cancelled())


asyncio.run(main())
