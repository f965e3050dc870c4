# 044_timeout_at: timeout_at takes an absolute loop.time() deadline; a deadline in the past expires at the first suspension
# topic: timeout
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.35
    try:
        async with asyncio.timeout_at(deadline):
            for i in range(10):
                await asyncio.sleep(0.1)
                print("step", i)
    except TimeoutError:
        print("stopped by timeout_at")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even though the deadline passed")
            await asyncio.sleep(0)
            print("never printed")
    except TimeoutError:
        print("expired at the first await")


asyncio.run(main())
