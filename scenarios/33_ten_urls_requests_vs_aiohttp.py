# Ten URLs: requests one after the other, then aiohttp all at once
# topic: io
#
# Fetching a web page is I/O-bound: the program spends its time waiting for the network, not
# computing. `requests.get` waits by blocking, so ten pages take ten round trips, one after the
# other, and inside a coroutine the whole event loop is frozen meanwhile. With `aiohttp` each
# request suspends only its own task, so the ten waits overlap and the total is about one round
# trip. The network here is Coroscope's simulation: every site answers after a fixed latency
# (0.3 s for example.com, declared with coroscope.net), the same on every run.
import asyncio
import time

import aiohttp
import requests
from coroscope import net

net.host("example.com", latency=0.3)
URLS = [f"https://example.com/page/{i}" for i in range(10)]
T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


def fetch_all_blocking():
    sizes = []
    for url in URLS:
        response = requests.get(url)
        sizes.append(len(response.text))
    return sizes


async def fetch(session, url):
    async with session.get(url) as response:
        return len(await response.text())


async def fetch_all_async():
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch(session, url) for url in URLS))


log("requests, one URL after the other")
start = time.monotonic()
sizes = fetch_all_blocking()
log(f"got {len(sizes)} pages, {sum(sizes)} bytes in {time.monotonic() - start:.1f} s")

log("aiohttp, all URLs at once")
start = time.monotonic()
sizes = asyncio.run(fetch_all_async())
log(f"got {len(sizes)} pages, {sum(sizes)} bytes in {time.monotonic() - start:.1f} s")
