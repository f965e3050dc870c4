# 079_event_wait_timeout: waiting for an Event with a deadline via wait_for
# topic: events
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.2)
    except TimeoutError:
        print("event not set within 0.2 s")
    asyncio.get_running_loop().call_later(0.1, ev.set)
    print(await asyncio.wait_for(ev.wait(), timeout=0.5))


asyncio.run(main())
