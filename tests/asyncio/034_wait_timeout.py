# 034_wait_timeout: wait(timeout=...) never raises and never cancels; unfinished tasks come back in pending
# topic: wait
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    fast = asyncio.create_task(job(0.1))
    slow = asyncio.create_task(job(1.0))
    done, pending = await asyncio.wait([fast, slow], timeout=0.5)
    print(fast in done, slow in pending, slow.cancelled())
    print("slow result later:", await slow)


asyncio.run(main())
