# 048_timeout_zero: timeout(0) expires at the first suspension; code before it still runs
# topic: timeout
import asyncio


async def main():
    try:
        async with asyncio.timeout(0):
            print("runs before any await")
            await asyncio.sleep(0)
            print("never printed")
    except TimeoutError:
        print("TimeoutError")
    async with asyncio.timeout(0):
        print("a block without await completes")


asyncio.run(main())
