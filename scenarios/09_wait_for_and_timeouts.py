# wait_for and asyncio.timeout: giving up on slow work
# topic: timeouts
#
# `asyncio.wait_for(aw, t)` cancels the awaitable if it takes longer than t seconds and raises
# TimeoutError. `async with asyncio.timeout(t)` does the same for a whole block of code, and its
# deadline can be inspected and moved with `when()` and `reschedule()`.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def slow_operation(name, duration):
    try:
        await asyncio.sleep(duration)
        log(f"{name}: completed")
        return f"{name} result"
    except asyncio.CancelledError:
        log(f"{name}: cancelled")
        raise


async def main():
    log(await asyncio.wait_for(slow_operation("quick", 0.5), timeout=1.0))
    try:
        await asyncio.wait_for(slow_operation("report", 3.0), timeout=1.0)
    except TimeoutError:
        log("wait_for: gave up after 1 s")

    try:
        async with asyncio.timeout(1.5) as cm:
            await slow_operation("step 1", 1.0)
            await slow_operation("step 2", 1.0)  # the block runs out of time here
    except TimeoutError:
        log(f"timeout block expired: {cm.expired()}")

    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        log(f"no deadline yet: when() = {cm.when()}")
        cm.reschedule(loop.time() + 2.0)
        log("deadline moved to now + 2 s")
        await slow_operation("fits", 1.5)
    log(f"block finished in time, expired() = {cm.expired()}")

    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await slow_operation("too slow", 1.0)
    except TimeoutError as err:
        log(f"timeout_at: {type(err).__name__}, cause {err.__cause__!r}")


asyncio.run(main())
