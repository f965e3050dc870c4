# 038_wait_for_inner_swallows_cancel: if the inner coroutine swallows the timeout's cancel and returns, wait_for returns its value (3.11)
# topic: wait_for
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancel")
        return "partial result"


async def main():
    try:
        print("wait_for returned:", await asyncio.wait_for(stubborn(), timeout=0.1))
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
