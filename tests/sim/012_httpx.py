# 012_httpx: the simulated httpx: get/post, Client blocking, AsyncClient awaited, the 5 s default timeout, errors
# topic: httpx
import asyncio
import time
import httpx
from coroscope import net

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


net.host('example.com', latency=0.5)
r = httpx.get('https://example.com')
print(stamp(), r, r.status_code, r.reason_phrase, r.url, repr(r.url), r.is_success, len(r.text), r.http_version)
print(r.headers['content-type'], r.request, r.elapsed)
r = httpx.post('https://httpbin.org/post', json={'a': [1, 2]})
print(stamp(), r.json())
with httpx.Client(base_url='https://api.example.com', headers={'X-Token': 't'}) as client:
    print(client.timeout)
    r = client.get('/items', params={'page': 2})
    print(stamp(), r.json(), r.request.headers['x-token'])
    r = client.get('/status/404')
    try:
        r.raise_for_status()
    except httpx.HTTPStatusError as e:
        print(stamp(), type(e).__name__, e, e.response.status_code, isinstance(e, httpx.HTTPError))
net.route('https://slow.example.com/', latency=8)
for timeout in [None, 10, httpx.Timeout(2.0), httpx.Timeout(None, read=1)]:
    try:
        kwargs = {} if timeout is None else {'timeout': timeout}
        print(stamp(), timeout, httpx.get('https://slow.example.com/', **kwargs).status_code)
    except httpx.TimeoutException as e:
        print(stamp(), timeout, type(e).__name__, e, isinstance(e, httpx.RequestError))
net.host('down.example.com', fail='refused')
try:
    httpx.get('https://down.example.com/')
except httpx.ConnectError as e:
    print(stamp(), type(e).__name__, e, e.request)
for bad in ['example.com/x', 'ftp://example.com/']:
    try:
        httpx.get(bad)
    except httpx.UnsupportedProtocol as e:
        print(type(e).__name__, e)


async def tick():
    for i in range(3):
        print(stamp(), 'tick', i)
        await asyncio.sleep(0.2)


async def main():
    async with httpx.AsyncClient() as client:
        async def fetch(i):
            r = await client.get(f'https://example.com/{i}')
            print(stamp(), 'got', i, r.status_code)
        await asyncio.gather(fetch(1), fetch(2), tick())
    print(client.is_closed)
    try:
        await client.get('https://example.com/')
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
