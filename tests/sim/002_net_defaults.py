# 002_net_defaults: what any URL answers on the simulated network, and after how long
# topic: net
import time
import requests
from coroscope import net

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


for host in ['example.com', 'www.python.org', 'localhost', '127.0.0.1', 'api.github.com',
             'httpbin.org', 'a.b.c.example']:
    print(host, net.latency(host))
r = requests.get('http://example.com')
print(stamp(), r.status_code, r.url, r.headers)
print(r.text, end='')
r = requests.get('https://api.github.com/users/python', params={'page': 2, 'q': 'a b&c'})
print(stamp(), r.headers['content-type'], r.json())
r = requests.get('https://example.com/data.json')
print(stamp(), r.json())
r = requests.get('https://httpbin.org/delay/2')
print(stamp(), r.json(), r.elapsed)
r = requests.get('https://httpbin.org/status/418')
print(stamp(), r.status_code, r.reason, repr(r.text))
r = requests.post('https://httpbin.org/post', data={'k': 'v w'})
print(stamp(), r.json())
r = requests.post('https://httpbin.org/anything', json={'k': [1, 2]})
print(stamp(), r.json())
print(net.quote_plus('a b/ü'), net.unquote_plus('a+b%2F%C3%BC'), net.urlencode([('x', [1, 2]), ('y', None)]))
