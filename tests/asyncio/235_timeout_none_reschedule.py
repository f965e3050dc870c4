# 235_timeout_none_reschedule: timeout(None) never expires until rescheduled; expired() and the reprs of a Timeout
# topic: timeout
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print(cm.when(), cm.expired())
            await asyncio.sleep(1)
            new_deadline = loop.time() + 2
            cm.reschedule(new_deadline)
            print("rescheduled to", cm.when())
            await asyncio.sleep(10)
    except TimeoutError:
        print("timed out at", loop.time())
    print(cm.expired(), cm)

    async with asyncio.timeout(5) as cm2:
        await asyncio.sleep(1)
    print(cm2.expired(), cm2)

asyncio.run(main())
