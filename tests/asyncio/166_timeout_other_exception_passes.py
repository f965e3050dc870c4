# 166_timeout_other_exception_passes: an ordinary exception raised inside a timeout block propagates unchanged
# topic: timeout
import asyncio


async def main():
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.1)
            raise KeyError("inside")
    except KeyError as err:
        print("KeyError", err, "expired:", cm.expired())
    try:
        await asyncio.wait_for(asyncio.sleep(0.1, result=1 / 1), 1)
        await asyncio.wait_for(asyncio.to_thread(int, "x"), 1)
    except ValueError as err:
        print("ValueError through wait_for:", err)


asyncio.run(main())
