# 005_requests_block_the_loop: requests.get in a coroutine blocks the event loop; in asyncio.to_thread it does not
# topic: requests
import asyncio
import time
import requests
from coroscope import net

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


net.host('example.com', latency=1)


async def heartbeat(n):
    for i in range(n):
        print(stamp(), 'tick', i)
        await asyncio.sleep(0.4)


async def blocking():
    hb = asyncio.create_task(heartbeat(4))
    await asyncio.sleep(0)
    for i in range(2):
        r = requests.get(f'https://example.com/{i}')
        print(stamp(), 'blocking got', r.status_code)
    await hb


async def in_threads():
    hb = asyncio.create_task(heartbeat(4))
    await asyncio.sleep(0)
    rs = await asyncio.gather(*(asyncio.to_thread(requests.get, f'https://example.com/{i}') for i in range(2)))
    print(stamp(), 'threads got', [r.status_code for r in rs])
    await hb

asyncio.run(blocking())
asyncio.run(in_threads())
