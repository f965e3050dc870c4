# 006_aiohttp_api: the simulated aiohttp: ClientSession, get/post as async context managers, text/json/read, errors and timeouts
# topic: aiohttp
import asyncio
import time
import aiohttp
from coroscope import net

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


net.host('files.example', bandwidth=10_000)
net.route('https://files.example/big', body='x' * 20_000)


async def main():
    async with aiohttp.ClientSession() as session:
        print(session.closed, session.timeout)
        async with session.get('https://example.com/') as resp:
            print(stamp(), resp.status, resp.reason, resp.ok, resp.url, repr(resp.url), resp.content_type, resp.charset)
            print(resp)
            text = await resp.text()
            print(stamp(), len(text), text.splitlines()[1])
        resp = await session.get('https://api.example.com/items', params={'page': 3})
        print(stamp(), await resp.json(), resp.headers['Content-Type'])
        async with session.post('https://api.example.com/items', json={'name': 'pen'}) as resp:
            print(stamp(), await resp.json())
        async with session.post('https://api.example.com/form', data={'a': '1'}) as resp:
            print(stamp(), (await resp.json())['data'])
        async with session.get('https://files.example/big') as resp:
            print(stamp(), 'headers of big')
            body = await resp.read()
            print(stamp(), 'body of big', len(body))
        try:
            async with session.get('https://example.com/') as resp:
                await resp.json()
        except aiohttp.ContentTypeError as e:
            print(stamp(), type(e).__name__, e, isinstance(e, aiohttp.ClientResponseError))
        async with session.get('https://example.com/status/404') as resp:
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(stamp(), type(e).__name__, e, e.status, e.message)
        net.route('https://slow.example/', latency=3)
        for t in [aiohttp.ClientTimeout(total=1), aiohttp.ClientTimeout(sock_read=2), 5]:
            try:
                async with session.get('https://slow.example/', timeout=t) as resp:
                    print(stamp(), t, resp.status)
            except asyncio.TimeoutError as e:
                print(stamp(), t, 'TimeoutError', repr(e))
        try:
            async with session.get('https://files.example/big', timeout=aiohttp.ClientTimeout(total=1.5)) as resp:
                print(stamp(), 'head in time')
                await resp.text()
        except asyncio.TimeoutError:
            print(stamp(), 'body too slow')
        net.host('down.example', fail='refused')
        net.route('https://example.com/reset', fail='reset')
        for url in ['https://down.example/', 'https://example.com/reset']:
            try:
                await session.get(url)
            except aiohttp.ClientError as e:
                print(stamp(), type(e).__name__, e, isinstance(e, aiohttp.ClientConnectionError), isinstance(e, OSError))
    print(session.closed)
    try:
        await session.get('https://example.com/')
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with aiohttp.ClientSession(raise_for_status=True, base_url='https://api.example.com') as s:
        try:
            await s.get('/status/500')
        except aiohttp.ClientResponseError as e:
            print(stamp(), e)
        async with s.get('/v1/things') as resp:
            print(stamp(), (await resp.json())['url'])
    async with aiohttp.request('GET', 'https://httpbin.org/get') as resp:
        print(stamp(), resp.status, await resp.json())

asyncio.run(main())
