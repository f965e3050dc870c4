# 042_timeout_expired_when: the Timeout object reports when() relative to loop.time() and expired()
# topic: timeout
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(2) as cm:
        print(f"deadline in {cm.when() - start:.1f} s, expired: {cm.expired()}")
        await asyncio.sleep(0.1)
    print("after a normal exit, expired:", cm.expired())
    try:
        async with asyncio.timeout(0.1) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("after expiry, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("timeout(None).when():", cm.when())


asyncio.run(main())
