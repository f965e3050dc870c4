"""coroscope.net: the simulated network of Coroscope.

This is a simulation: no socket is ever opened and no real host is ever contacted. Every HTTP
request made through the simulated `requests`, `aiohttp` and `httpx`, every `pymongo`/`motor`
query and every asyncio stream connection crosses this network, on the program's clock, so that
the same program gives the same timings every time.

By default any URL answers: after a round-trip time derived from its host name (0.1 to 0.3 s),
with a small HTML page, or JSON for API-looking URLs. A program declares its own world with

    from coroscope import net
    net.host('api.example.com', latency=0.5)              # round-trip time of a host
    net.route('https://api.example.com/users', json=[...]) # what a URL answers
    net.route('https://flaky.example.com/*', status=[503, 503, 200])  # per call, last repeats

The same code runs under CPython with this folder on sys.path (PYTHONPATH), which is how the
expected outputs of the scenarios are made (docs/SIMULATED_IO.md).
"""

import asyncio
import json as _json
import time

try:
    # Coroscope: waits that name themselves on the timeline (plain sleeps under CPython).
    import _asyncio_core as _core
except ImportError:
    _core = None

__all__ = ['host', 'route', 'reset', 'latency', 'Request', 'NetworkError']

LATENCIES = (0.1, 0.15, 0.2, 0.25, 0.3)
DEFAULT_PORTS = {'http': 80, 'https': 443, 'mongodb': 27017}
REASONS = {
    200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently',
    302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized',
    403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout',
    409: 'Conflict', 418: "I'm a Teapot", 429: 'Too Many Requests',
    500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
    504: 'Gateway Timeout',
}
# fail= kinds and the OSError each client reports (its own exception wraps it).
FAILURES = {
    'refused': (ConnectionRefusedError, 111, 'Connection refused'),
    'reset': (ConnectionResetError, 104, 'Connection reset by peer'),
    'dns': (OSError, -2, 'Name or service not known'),
}


class NetworkError(Exception):
    """A declaration the simulated network cannot use (a bad URL pattern, a bad fail= kind)."""


# ---- the world a program declares ----------------------------------------------------------

class _World:
    def __init__(self):
        self.hosts = {}    # name -> _Host
        self.routes = []   # _Route, the latest first
        self.listeners = {}  # (host, port) -> streams server (coroscope.streams)
        self.next_port = 50000


_world = _World()


class _PerCall:
    """A value that may be a list: the n-th call takes the n-th item, the last one repeats."""

    def __init__(self, value):
        self.items = value if isinstance(value, list) else [value]

    def get(self, n):
        return self.items[min(n, len(self.items) - 1)]


def _check_fail(fail):
    for f in _PerCall(fail).items:
        if f is not None and f not in FAILURES:
            raise NetworkError(f'fail= must be one of {sorted(FAILURES)} or None, not {f!r}')


class _Host:
    def __init__(self, name, latency, bandwidth, fail):
        self.name = name
        self.latency = _PerCall(latency)
        self.bandwidth = bandwidth
        self.fail = _PerCall(fail)
        self.calls = 0


def host(name, *, latency=None, bandwidth=None, fail=None):
    """Declares a host: its round-trip time in seconds (a list: per connection, the last
    repeats), its bandwidth in bytes per second (None: unlimited), and whether connecting to it
    fails ('refused', 'reset', 'dns', or a list of those and None)."""
    _check_fail(fail)
    name = _canonical_host(name)
    _world.hosts[name] = _Host(name, latency, bandwidth, fail)


class _Route:
    def __init__(self, url, method, spec):
        self.pattern = url
        self.prefix = url.endswith('*')
        scheme, host_, port, path, query = _split(url[:-1] if self.prefix else url)
        self.key = (host_, port, path)
        self.method = method.upper() if method else None
        self.spec = spec
        self.calls = 0

    def matches(self, method, host_, port, path):
        if self.method is not None and self.method != method:
            return False
        h, p, path_ = self.key
        if h != host_ or p != port:
            return False
        if self.prefix:
            return path.startswith(path_)
        return path == path_


def route(url, *, method=None, status=200, body=None, json=None, headers=None, latency=None,
          bandwidth=None, fail=None, handler=None):
    """Declares what a URL answers (a trailing * matches every URL that starts so).

    status, latency and fail may be lists: the n-th request takes the n-th item and the last one
    repeats, which makes flaky endpoints (status=[503, 503, 200]). body is str or bytes; json is
    any JSON value (sent as application/json); handler(request) computes the answer instead: it
    returns a body (str, bytes, or a dict/list sent as JSON), or (status, body). latency is the
    time until the answer's first byte, the host's round-trip time when None."""
    _check_fail(fail)
    if not isinstance(url, str) or '://' not in url:
        raise NetworkError(f'route() needs an absolute URL such as https://example.com/path, '
                           f'not {url!r}')
    spec = {'status': _PerCall(status), 'body': body, 'json': json, 'headers': headers,
            'latency': _PerCall(latency), 'bandwidth': bandwidth, 'fail': _PerCall(fail),
            'handler': handler}
    _world.routes.insert(0, _Route(url, method, spec))


def reset():
    """Forgets every declared host, route and listening stream server."""
    global _world
    _world = _World()


# ---- names and URLs --------------------------------------------------------------------------

def _canonical_host(name):
    name = (name or '').lower()
    return '127.0.0.1' if name in ('localhost', '::1', '') else name


def _hash(text):
    h = 0
    for c in text:
        h = (h * 31 + ord(c)) % 1000003
    return h


def latency(name):
    """The round-trip time of a host in seconds: as declared with host(), else one of 0.1, 0.15,
    0.2, 0.25, 0.3 chosen by the host name."""
    h = _world.hosts.get(_canonical_host(name))
    if h is not None and h.latency.items != [None]:
        return h.latency.get(h.calls)
    return LATENCIES[_hash(_canonical_host(name)) % len(LATENCIES)]


def _split(url):
    """(scheme, host, port, path, query) of an absolute URL; ValueError if it is not one."""
    if not isinstance(url, str):
        raise TypeError(f'a URL must be a str, not {type(url).__name__}')
    scheme, sep, rest = url.partition('://')
    if not sep or not scheme:
        raise ValueError(f'Invalid URL {url!r}: No scheme supplied. '
                         f'Perhaps you meant https://{url}?')
    scheme = scheme.lower()
    rest = rest.partition('#')[0]
    cut = len(rest)
    for c in '/?':
        i = rest.find(c)
        if 0 <= i < cut:
            cut = i
    netloc, tail = rest[:cut], rest[cut:]
    netloc = netloc.rpartition('@')[2]
    hostname, colon, port = netloc.partition(':')
    if not hostname:
        raise ValueError(f'Invalid URL {url!r}: No host supplied')
    port = int(port) if colon and port else DEFAULT_PORTS.get(scheme, 80)
    path, _, query = tail.partition('?')
    return scheme, hostname.lower(), port, path or '/', query


_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def quote_plus(text):
    out = []
    for b in str(text).encode('utf-8'):
        c = chr(b)
        if c in _SAFE:
            out.append(c)
        elif c == ' ':
            out.append('+')
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


def unquote_plus(text):
    raw = []
    i = 0
    text = text.replace('+', ' ')
    while i < len(text):
        c = text[i]
        if c == '%' and _is_hex(text[i + 1:i + 3]):
            raw.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            raw.extend(c.encode('utf-8'))
            i += 1
    return bytes(raw).decode('utf-8', 'replace')


def _is_hex(s):
    return len(s) == 2 and all(c in '0123456789abcdefABCDEF' for c in s)


def urlencode(params):
    """key=value&... of a dict or a list of pairs (a list value repeats the key)."""
    items = params.items() if isinstance(params, dict) else params
    out = []
    for k, v in items:
        if v is None:
            continue
        for one in (v if isinstance(v, (list, tuple)) else [v]):
            out.append(quote_plus(k) + '=' + quote_plus(one))
    return '&'.join(out)


def parse_query(query):
    out = {}
    for part in query.split('&'):
        if part:
            k, _, v = part.partition('=')
            out[unquote_plus(k)] = unquote_plus(v)
    return out


def with_params(url, params):
    """url with params appended to its query string."""
    if not params:
        return url
    extra = params if isinstance(params, str) else urlencode(params)
    if not extra:
        return url
    base, hash_, frag = url.partition('#')
    return base + ('&' if '?' in base else '?') + extra + hash_ + frag


def full_url(url):
    """The URL as requests reports it: an empty path becomes '/'."""
    scheme, sep, rest = url.partition('://')
    cut = len(rest)
    for c in '/?#':
        i = rest.find(c)
        if 0 <= i < cut:
            cut = i
    if cut == len(rest) or rest[cut] != '/':
        rest = rest[:cut] + '/' + rest[cut:]
    return scheme.lower() + sep + rest


# ---- one HTTP exchange -----------------------------------------------------------------------

class Request:
    """What a route's handler receives."""

    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        scheme, self.host, self.port, self.path, query = _split(url)
        self.query = parse_query(query)
        self.headers = dict(headers or {})
        self.body = body

    @property
    def text(self):
        return self.body.decode('utf-8', 'replace')

    def json(self):
        return _json.loads(self.text)

    def __repr__(self):
        return f'<Request {self.method} {self.url}>'


class Reply:
    """One HTTP answer as the network delivers it: `head` seconds until the status line and
    headers arrive, `transfer` more for the body; or, with `error` set (an OSError), a failure
    that shows after `head` seconds."""

    def __init__(self, url, status=200, headers=None, body=b'', head=0.0, transfer=0.0,
                 error=None):
        self.url = url
        self.status = status
        self.reason = REASONS.get(status, '')
        self.headers = headers or {}
        self.body = body
        self.head = head
        self.transfer = transfer
        self.error = error


def _encode_body(value):
    """(bytes, content type) of a handler's or route's body."""
    if isinstance(value, bytes):
        return value, 'application/octet-stream'
    if isinstance(value, str):
        return value.encode('utf-8'), 'text/plain; charset=utf-8'
    return _json.dumps(value).encode('utf-8'), 'application/json'


def _looks_like_api(host_, path):
    return (host_.startswith('api.') or path.startswith('/api/') or path == '/api'
            or path.endswith('.json') or host_ in ('httpbin.org', 'jsonplaceholder.typicode.com'))


def _default_answer(req):
    """What an undeclared URL answers: httpbin's /delay/N and /status/N, JSON describing the
    request for API-looking URLs, a small HTML page otherwise. Returns (status, body, extra delay).
    """
    parts = req.path.strip('/').split('/')
    extra = 0.0
    if len(parts) == 2 and parts[0] == 'status' and parts[1].isdigit():
        return int(parts[1]), b'', 0.0
    if len(parts) == 2 and parts[0] == 'delay':
        try:
            extra = float(parts[1])
        except ValueError:
            extra = 0.0
    if extra or _looks_like_api(req.host, req.path):
        data = {'url': req.url, 'method': req.method, 'args': req.query}
        if req.body:
            try:
                data['json'] = _json.loads(req.text)
            except ValueError:
                data['data'] = req.text
        return 200, data, extra
    page = ('<!doctype html>\n<html><head><title>%s</title></head>\n'
            '<body><h1>%s</h1><p>A page of the simulated network: %s</p></body></html>\n'
            % (req.host + req.path, req.host, req.url))
    return 200, page, 0.0


def os_error(cls, errno, text):
    """cls(errno, text) as CPython prints it, "[Errno 111] Connection refused", with its errno and
    strerror, made from the message so that Coroscope (whose OSError does not format its
    arguments so) prints the same; args is (message,)."""
    e = cls(f'[Errno {errno}] {text}')
    e.errno = errno
    e.strerror = text
    return e


def _failure(kind):
    cls, errno, text = FAILURES[kind]
    return os_error(cls, errno, text)


def exchange(method, url, headers=None, body=b''):
    """Sends one HTTP request over the simulated network and returns its Reply (nothing waits
    here: the client waits reply.head, then reply.transfer, blocking or awaiting)."""
    method = method.upper()
    scheme, host_, port, path, query = _split(url)
    h = _world.hosts.get(_canonical_host(host_))
    rtt = latency(host_)
    bandwidth = None
    host_fail = None
    if h is not None:
        host_fail = h.fail.get(h.calls)
        bandwidth = h.bandwidth
        h.calls += 1
    if host_fail is not None:
        return Reply(url, head=0.0 if host_fail == 'dns' else rtt, error=_failure(host_fail))
    req = Request(method, url, headers, body)
    r = None
    for candidate in _world.routes:
        if candidate.matches(method, _canonical_host(host_), port, path):
            r = candidate
            break
    extra = 0.0
    content_type = None
    if r is None:
        status, value, extra = _default_answer(req)
        data, content_type = _encode_body(value)
        if isinstance(value, str):
            content_type = 'text/html; charset=utf-8'
        head = rtt + extra
        out_headers = {}
    else:
        spec = r.spec
        n = r.calls
        r.calls += 1
        fail = spec['fail'].get(n)
        route_latency = spec['latency'].get(n)
        head = rtt if route_latency is None else route_latency
        if fail is not None:
            return Reply(url, head=0.0 if fail == 'dns' else head, error=_failure(fail))
        status = spec['status'].get(n)
        if spec['handler'] is not None:
            value = spec['handler'](req)
            if isinstance(value, tuple):
                status, value = value
            data, content_type = _encode_body(value)
        elif spec['json'] is not None:
            data, content_type = _encode_body(spec['json'])
            content_type = 'application/json'
        elif spec['body'] is not None:
            data, content_type = _encode_body(spec['body'])
            if isinstance(spec['body'], str):
                content_type = 'text/html; charset=utf-8'
        else:
            data = b''
        if spec['bandwidth'] is not None:
            bandwidth = spec['bandwidth']
        out_headers = dict(spec['headers'] or {})
    headers_ = {}
    if content_type is not None and data:
        headers_['Content-Type'] = content_type
    headers_['Content-Length'] = str(len(data))
    headers_.update(out_headers)
    transfer = len(data) / bandwidth if bandwidth else 0.0
    return Reply(url, status, headers_, data, head, transfer)


# ---- waiting on the program's clock ----------------------------------------------------------

def block(seconds, label):
    """A blocking call's wait (requests, pymongo): the calling thread sleeps, so on the event
    loop's thread nothing else runs meanwhile, exactly as time.sleep."""
    if seconds <= 0:
        return
    if _core is not None:
        _core.block_for(seconds, label)
    else:
        time.sleep(seconds)


async def wait(seconds, label):
    """An async call's wait (aiohttp, motor, streams): the task suspends, the loop goes on (at
    least for one iteration, as a real network call always does)."""
    if seconds <= 0:
        await asyncio.sleep(0)
    elif _core is not None:
        await _core.sleep(seconds, None, label)
    else:
        await asyncio.sleep(seconds)
