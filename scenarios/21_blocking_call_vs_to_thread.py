# A blocking call inside a coroutine, against to_thread
# topic: threads
#
# The event loop runs one callback at a time, so `time.sleep(2)` inside a coroutine freezes every
# task: the heartbeat below stalls and then fires late. Moving the same call to
# `asyncio.to_thread` keeps the loop free and the heartbeat regular.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def heartbeat(period):
    last = time.monotonic()
    while True:
        await asyncio.sleep(period)
        now = time.monotonic()
        log(f"heartbeat (gap {now - last:.1f} s)")
        last = now


async def phase(title, work):
    log(f"--- {title}")
    beat = asyncio.create_task(heartbeat(0.4))
    await asyncio.sleep(0.5)
    log("starting a 2 s blocking call")
    await work()
    log("blocking call returned")
    await asyncio.sleep(0.5)
    beat.cancel()


async def blocking_in_coroutine():
    time.sleep(2)  # blocks the event loop itself


async def blocking_in_thread():
    await asyncio.to_thread(time.sleep, 2)


async def main():
    await phase("time.sleep inside a coroutine", blocking_in_coroutine)
    await phase("the same call in asyncio.to_thread", blocking_in_thread)


asyncio.run(main())
