# 047_timeout_swallowed_cancel: if the block swallows the timeout's CancelledError, no TimeoutError is raised
# topic: timeout
import asyncio


async def main():
    async with asyncio.timeout(0.1) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancel inside the block")
    print("no TimeoutError; expired():", cm.expired())
    print("cancelling():", asyncio.current_task().cancelling())
    await asyncio.sleep(0.1)
    print("the task still works")


asyncio.run(main())
