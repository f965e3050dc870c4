# 183_event_wait_cancelled: cancelling one Event waiter leaves the others waiting; set() wakes the rest
# topic: events
import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
