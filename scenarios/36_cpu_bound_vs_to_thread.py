# CPU-bound work blocks the loop; to_thread lets it go on
# topic: threads
# cpu-time: 1e-6
#
# Computing is not waiting: a coroutine that crunches numbers never reaches an `await`, so no other
# task runs until it is done, and the heartbeat below falls silent. Moved to `asyncio.to_thread`,
# the same function runs beside the loop and the heartbeat keeps its pace. Under CPython's
# reference runner computation takes no virtual time, so this scenario shows its point with
# Coroscope's CPU-time option on, each interpreter step costing 1 µs (the page's CPU-time
# setting; `coroscope run --cpu-time 1e-6` on the command line). Real CPython threads would also
# share the GIL with the loop; the simulation lets them overlap fully.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def heartbeat():
    while True:
        await asyncio.sleep(0.4)
        log("heartbeat")


async def main():
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.5)
    log("crunching in the coroutine")
    result = crunch(91_000)
    log(f"crunched {result} in the coroutine")
    await asyncio.sleep(0.5)
    log("crunching in a thread")
    result = await asyncio.to_thread(crunch, 91_000)
    log(f"crunched {result} in a thread")
    await asyncio.sleep(0.3)
    beat.cancel()


asyncio.run(main())
