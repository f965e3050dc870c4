# What asyncio.run does with tasks left behind
# topic: event-loop
#
# When the main coroutine returns, asyncio.run cancels every task that is still pending and runs
# the loop until they have handled the cancellation, so their `finally` blocks print after main
# has already finished. Then it closes the loop; a later asyncio.run starts a fresh one.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def background_sync():
    try:
        while True:
            await asyncio.sleep(0.4)
            log("background: synced")
    finally:
        log("background: finally block (cancelled by asyncio.run)")


async def main():
    asyncio.create_task(background_sync())
    await asyncio.sleep(1.0)
    log(f"main: returning, {len(asyncio.all_tasks())} tasks still alive")
    return "main result"


log(f"asyncio.run returned {asyncio.run(main())!r}")
log(f"second asyncio.run: {asyncio.run(asyncio.sleep(0.5, result='fresh loop'))!r}")
