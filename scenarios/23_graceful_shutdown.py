# Graceful shutdown by cancellation
# topic: cancellation
#
# Long-running workers loop forever, so shutting down means cancelling them. Each worker catches
# the CancelledError at its current await, finishes its job cleanly, and re-raises;
# `gather(..., return_exceptions=True)` waits until every worker has really stopped.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def worker(name, period, cleanup):
    jobs = 0
    try:
        while True:
            await asyncio.sleep(period)
            jobs += 1
            log(f"{name}: finished job {jobs}")
    except asyncio.CancelledError:
        log(f"{name}: shutting down after {jobs} jobs, flushing ({cleanup} s)")
        await asyncio.sleep(cleanup)
        log(f"{name}: flushed")
        raise


async def main():
    workers = [asyncio.create_task(worker("w1", 0.5, 0.1), name="w1"),
               asyncio.create_task(worker("w2", 0.7, 0.3), name="w2"),
               asyncio.create_task(worker("w3", 0.9, 0.2), name="w3")]
    await asyncio.sleep(2.2)
    log("main: shutdown requested")
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    log(f"main: all workers stopped: {[type(r).__name__ for r in results]}")
    log(f"main: {[w.get_name() + (' cancelled' if w.cancelled() else ' ?') for w in workers]}")


asyncio.run(main())
