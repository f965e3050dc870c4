# 157_course_timeout_fallback: a slow service call falls back to a default after a timeout
# topic: timeout
import asyncio


async def service(latency):
    await asyncio.sleep(latency)
    return f"live data ({latency} s)"


async def call_with_fallback(latency, limit=0.5):
    try:
        return await asyncio.wait_for(service(latency), limit)
    except TimeoutError:
        return "cached data"


async def main():
    print(await asyncio.gather(*(call_with_fallback(l) for l in (0.2, 0.8, 0.4, 1.5))))


asyncio.run(main())
