# A timeout around slow I/O, with a fallback
# topic: timeouts
#
# Network calls can hang, so each call gets a deadline with `asyncio.timeout`. When the deadline
# passes, the call is cancelled (its cleanup still runs) and we fall back to a cached value
# instead of waiting forever.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


LATENCY = {"weather": 0.4, "news": 3.0, "stocks": 0.8}
CACHE = {"news": "yesterday's headlines"}


async def fetch(service):
    log(f"{service}: request sent")
    try:
        await asyncio.sleep(LATENCY[service])
        return f"fresh {service}"
    finally:
        log(f"{service}: connection closed")


async def fetch_with_fallback(service, limit=1.0):
    try:
        async with asyncio.timeout(limit):
            return await fetch(service)
    except TimeoutError:
        log(f"{service}: no answer within {limit} s, using the cache")
        return CACHE.get(service, "unavailable")


async def main():
    for service in ["weather", "news", "stocks"]:
        log(f"-> {await fetch_with_fallback(service)}")
    log("the same three at once:")
    results = await asyncio.gather(*(fetch_with_fallback(s) for s in LATENCY))
    log(f"-> {results}")


asyncio.run(main())
