# 039_wait_for_zero_timeout: timeout=0 times out a pending coroutine at once, but returns an already-done future's result
# topic: wait_for
import asyncio


async def never_started():
    print("this line never runs")


async def main():
    try:
        await asyncio.wait_for(never_started(), timeout=0)
    except TimeoutError:
        print("TimeoutError with timeout=0")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done already")
    print(await asyncio.wait_for(fut, timeout=0))


asyncio.run(main())
