# 003_net_routes: a scenario declares hosts and routes: bodies, JSON, status codes, latencies per call, handlers, failures
# topic: net
import time
import requests
from coroscope import net

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


net.host('slow.example', latency=1.5)
net.host('fast.example', latency=[0.01, 0.02])
net.route('https://fast.example/page', body='<p>hi</p>', headers={'X-Served-By': 'sim'})
net.route('https://fast.example/users', json=[{'id': 1, 'name': 'ada'}], status=201)
net.route('https://fast.example/items/*', json={'item': True})
net.route('https://fast.example/items/special', method='GET', body=b'\x00\x01', latency=0.3)
net.route('https://fast.example/flaky', status=[503, 500, 200], body='finally')
net.route('https://fast.example/sometimes', fail=['reset', None], body='ok')
net.route('https://fast.example/echo', method='POST',
          handler=lambda req: {'you sent': req.json(), 'path': req.path, 'q': req.query})
net.route('https://fast.example/teapot', handler=lambda req: (418, 'short and stout'))
net.host('gone.example', fail='dns')

for url in ['https://slow.example/', 'https://fast.example/page', 'https://fast.example/users',
            'https://fast.example/items/7', 'https://fast.example/items/special',
            'https://fast.example/teapot', 'https://fast.example/nothing-declared']:
    r = requests.get(url)
    print(stamp(), url, r.status_code, r.headers.get('X-Served-By'), r.headers.get('Content-Type'), r.content[:40])
for i in range(4):
    r = requests.get('https://fast.example/flaky')
    print(stamp(), 'flaky', r.status_code, r.ok, r.text)
for i in range(3):
    try:
        print(stamp(), requests.get('https://fast.example/sometimes').text)
    except requests.ConnectionError as e:
        print(stamp(), 'ConnectionError', e)
r = requests.post('https://fast.example/echo?x=1', json={'n': 3})
print(stamp(), r.json())
try:
    requests.get('https://gone.example/')
except requests.exceptions.ConnectionError as e:
    print(stamp(), e)
for bad in [lambda: net.route('/relative'), lambda: net.host('x', fail='boom')]:
    try:
        bad()
    except net.NetworkError as e:
        print('NetworkError:', e)
net.reset()
print(net.latency('slow.example'), requests.get('https://fast.example/users').headers['Content-Type'])
