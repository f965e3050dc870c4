# 046_nested_timeouts_outer: when the outer timeout fires first, the inner block sees CancelledError and the outer raises TimeoutError
# topic: timeout
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(1.0) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner TimeoutError (wrong)")
            except asyncio.CancelledError:
                print("inner block sees CancelledError; inner expired:", inner.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError; outer expired:", outer.expired())
    print("cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
