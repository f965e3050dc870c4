# 045_nested_timeouts_inner: the inner (shorter) timeout fires; only it raises TimeoutError, the outer block continues
# topic: timeout
import asyncio


async def main():
    async with asyncio.timeout(1.0) as outer:
        try:
            async with asyncio.timeout(0.2) as inner:
                await asyncio.sleep(0.5)
        except TimeoutError:
            print("inner expired:", inner.expired(), "outer expired:", outer.expired())
        await asyncio.sleep(0.3)
        print("outer block still running")
    print("cancelling() after both:", asyncio.current_task().cancelling())


asyncio.run(main())
