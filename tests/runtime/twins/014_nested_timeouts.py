# 014_nested_timeouts: scopes nest through the cancel counts (2.1-14)
# topic: timeout
import asyncio


async def main():
    task = asyncio.current_task()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(3)
            except TimeoutError:
                print("inner timed out at", loop.time() - t0, inner.expired(), outer.expired())
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer timed out at", loop.time() - t0, outer.expired())
    print("cancelling", task.cancelling())
    async with asyncio.timeout(2) as cm:
        cm.reschedule(loop.time() + 4)
        await asyncio.sleep(3)
    print("rescheduled scope survived, expired:", cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(None)
            await asyncio.sleep(2)
            cm.reschedule(loop.time())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout_at now:", repr(e), loop.time() - t0)
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body runs")
            await asyncio.sleep(0)
            print("never")
    except TimeoutError:
        print("past deadline expires at the first suspension")
    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(2)
            except asyncio.CancelledError:
                print("body saw the cancel and returns normally")
    except TimeoutError:
        print("not converted")
    print("cancelling", task.cancelling())


asyncio.run(main())
