# 113_to_thread_overlap: blocking calls in separate threads overlap, and the loop keeps running meanwhile
# topic: threads
import asyncio
import time

T0 = time.monotonic()


def blocking(seconds):
    time.sleep(seconds)
    return seconds


async def heartbeat():
    for _ in range(3):
        await asyncio.sleep(0.3)
        print(f"{time.monotonic() - T0:.1f} heartbeat")


async def main():
    results = await asyncio.gather(asyncio.to_thread(blocking, 1.0),
                                   asyncio.to_thread(blocking, 0.5), heartbeat())
    print(results, f"total {time.monotonic() - T0:.1f} s")


asyncio.run(main())
