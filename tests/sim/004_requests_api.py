# 004_requests_api: the simulated requests: get/post, Session, Response, raise_for_status, timeouts and exceptions
# topic: requests
import time
import requests
from requests.exceptions import HTTPError, ReadTimeout
from coroscope import net

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


r = requests.get('https://example.com')
print(stamp(), r, r.status_code, r.ok, bool(r), r.reason, r.url, r.encoding, len(r.text), len(r.content))
print(r.headers['content-type'], r.headers['Content-Length'], 'CONTENT-TYPE' in r.headers, r.request, r.request.method)
print(list(r.iter_lines())[:2], next(r.iter_content(chunk_size=5)))
with requests.Session() as s:
    s.headers.update({'Authorization': 'Bearer t'})
    r = s.get('https://api.example.com/me', params={'fields': 'name'})
    print(stamp(), r.json(), r.request.headers['authorization'])
    r = s.put('https://api.example.com/me', json={'name': 'ada'})
    print(stamp(), r.json())
    print(stamp(), s.delete('https://api.example.com/me').status_code)
print(requests.codes.ok, requests.codes.not_found, requests.codes.teapot, requests.__version__)
for url in ['https://example.com/status/404', 'https://example.com/status/503']:
    r = requests.get(url)
    try:
        r.raise_for_status()
    except HTTPError as e:
        print(stamp(), type(e).__name__, e, e.response, isinstance(e, requests.RequestException), isinstance(e, IOError))
net.route('https://slow.example.com/report', latency=5, json={'done': True})
for timeout in [2, (1, 3), 6, None]:
    try:
        r = requests.get('https://slow.example.com/report', timeout=timeout)
        print(stamp(), timeout, r.json())
    except requests.Timeout as e:
        print(stamp(), timeout, type(e).__name__, e, isinstance(e, ReadTimeout))
net.host('down.example.com', fail='refused')
try:
    requests.get('http://down.example.com/x?y=1')
except requests.ConnectionError as e:
    print(stamp(), type(e).__name__, e)
try:
    requests.get('https://example.com/').json()
except requests.JSONDecodeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError), isinstance(e, requests.RequestException))
for bad in ['example.com', 'ftp://example.com/']:
    try:
        requests.get(bad)
    except (requests.exceptions.MissingSchema, requests.exceptions.InvalidSchema) as e:
        print(type(e).__name__, e)
print(stamp(), requests.head('https://example.com/').text == '', requests.options('https://example.com/').status_code)
