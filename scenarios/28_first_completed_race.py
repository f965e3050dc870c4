# Racing requests with wait(FIRST_COMPLETED)
# topic: wait
#
# `asyncio.wait(tasks, return_when=FIRST_COMPLETED)` returns as soon as one task is done, as two
# sets: done and pending. The pending tasks keep running until we cancel them, which is how the
# "ask several mirrors, keep the fastest answer" pattern avoids wasted work.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def query(mirror, seconds):
    try:
        await asyncio.sleep(seconds)
        log(f"{mirror}: answered")
        return f"answer from {mirror}"
    except asyncio.CancelledError:
        log(f"{mirror}: request cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(query("eu", 1.2)),
             asyncio.create_task(query("us", 0.8)),
             asyncio.create_task(query("asia", 2.0))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    log(f"{len(done)} done, {len(pending)} pending")
    winner = done.pop()
    log(f"winner: {winner.result()}")
    for task in tasks:  # cancel in a fixed order (sets have no useful order)
        if task in pending:
            task.cancel()
    await asyncio.wait(pending)
    log(f"cancelled: {[t.cancelled() for t in tasks]}")

    done, pending = await asyncio.wait([asyncio.create_task(query("slow", 3.0))], timeout=1.0)
    log(f"wait with timeout: {len(done)} done, {len(pending)} pending (no exception)")
    for task in pending:
        task.cancel()


asyncio.run(main())
