# 041_timeout_basic: asyncio.timeout cancels the block at the deadline and raises TimeoutError outside it
# topic: timeout
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.5):
            print("inside: sleeping 1 s")
            await asyncio.sleep(1)
            print("never printed")
    except TimeoutError as err:
        print("TimeoutError:", repr(err), "cause:", repr(err.__cause__))
    async with asyncio.timeout(1):
        await asyncio.sleep(0.5)
        print("finished within the deadline")


asyncio.run(main())
