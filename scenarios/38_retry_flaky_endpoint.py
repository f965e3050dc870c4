# Retries with a timeout on a flaky endpoint
# topic: io
#
# Real services fail now and then: this one (declared with coroscope.net) answers 503 twice, then
# hangs for 5 s, then works. Each attempt gets a 1 s deadline with `asyncio.timeout`, a failed or
# timed-out attempt is retried after a growing pause, and the caller only sees an error if every
# attempt failed. Everything happens on Coroscope's simulated network, so the run is the same every
# time.
import asyncio
import time

import aiohttp
from coroscope import net

URL = "https://api.example.com/quote"
net.route(URL, status=[503, 503, 200, 200], latency=[0.2, 0.2, 5, 0.2],
          json={"quote": "Simple is better than complex."})
T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def get_quote(session, attempts=5):
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(1):
                async with session.get(URL) as response:
                    response.raise_for_status()
                    return (await response.json())["quote"]
        except aiohttp.ClientResponseError as err:
            log(f"attempt {attempt}: HTTP {err.status}")
        except TimeoutError:
            log(f"attempt {attempt}: no answer within 1 s")
        await asyncio.sleep(0.1 * 2 ** attempt)
    raise RuntimeError(f"no quote after {attempts} attempts")


async def main():
    async with aiohttp.ClientSession() as session:
        log(f"got: {await get_quote(session)}")


asyncio.run(main())
