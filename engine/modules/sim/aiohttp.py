"""aiohttp, simulated (Coroscope): the client API of the real library for the part courses use,
over coroscope.net's simulated network. No real request is ever sent.

A request suspends the awaiting task for its simulated duration (the loop goes on): `await
session.get(url)` waits until the status line and headers arrive, `await resp.text()` until the
body has arrived. A TCPConnector's `limit` (100 by default) caps how many requests of a session
are in flight at once. See docs/SIMULATED_IO.md.
"""

import asyncio
import json as _json

from coroscope import net as _net

__version__ = '3.9.1'
__all__ = ['ClientSession', 'ClientTimeout', 'ClientResponse', 'TCPConnector', 'request',
           'ClientError', 'ClientConnectionError', 'ClientOSError', 'ClientConnectorError',
           'ServerConnectionError', 'ServerDisconnectedError', 'ServerTimeoutError',
           'ClientResponseError', 'ClientPayloadError', 'ContentTypeError', 'InvalidURL']


# ---- exceptions ------------------------------------------------------------------------------

class ClientError(Exception):
    """Base class for client connection errors."""


class ClientConnectionError(ClientError):
    """Base class for client socket errors."""


class ClientOSError(ClientConnectionError, OSError):
    """OSError error."""


class ClientConnectorError(ClientOSError):
    """Client connector error: the connection to the host could not be established."""

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        OSError.__init__(self, os_error.errno, os_error.strerror)
        self.errno = os_error.errno
        self.strerror = os_error.strerror
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key[0]

    @property
    def port(self):
        return self._conn_key[1]

    @property
    def ssl(self):
        return self._conn_key[2]

    def __str__(self):
        return 'Cannot connect to host {}:{} ssl:{} [{}]'.format(
            self.host, self.port, 'default' if self.ssl else False, self._os_error.strerror)


class ServerConnectionError(ClientConnectionError):
    """Server connection errors."""


class ServerDisconnectedError(ServerConnectionError):
    """Server disconnected."""

    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    """Server timeout error."""


class ClientPayloadError(ClientError):
    """Response payload error."""


class InvalidURL(ClientError, ValueError):
    """Invalid URL."""

    def __init__(self, url):
        super().__init__(url)
        self.url = url

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.url}>'


class ClientResponseError(ClientError):
    """Connection error during reading response."""

    def __init__(self, request_info, history, *, code=None, status=None, message='',
                 headers=None):
        self.request_info = request_info
        self.status = status if status is not None else (code if code is not None else 0)
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(self.status, self.message,
                                                   self.request_info.real_url)

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'


class ContentTypeError(ClientResponseError):
    """ContentType found is not valid."""


# ---- URL and request info --------------------------------------------------------------------

class URL:
    """The part of yarl.URL that responses and errors show."""

    def __init__(self, val):
        self._val = str(val)
        self.scheme, self.host, self.port, self.path, self.query_string = _net._split(self._val)

    @property
    def query(self):
        return _net.parse_query(self.query_string)

    def __str__(self):
        return self._val

    def __repr__(self):
        return f"URL('{self._val}')"

    def __eq__(self, other):
        return isinstance(other, URL) and self._val == other._val

    def __hash__(self):
        return hash(self._val)


class RequestInfo:
    def __init__(self, url, method, headers, real_url):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = real_url

    def __repr__(self):
        return (f'RequestInfo(url={self.url!r}, method={self.method!r}, '
                f'headers={self.headers!r}, real_url={self.real_url!r})')


class ClientTimeout:
    """Timeouts of a session or of one request, in seconds (None: no limit). total covers the
    whole exchange, body included; sock_read the wait for the answer; the simulated network
    establishes connections at once, so connect and sock_connect never expire."""

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None,
                 ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, '
                f'sock_read={self.sock_read!r}, sock_connect={self.sock_connect!r}, '
                f'ceil_threshold={self.ceil_threshold!r})')

    def __eq__(self, other):
        return isinstance(other, ClientTimeout) and repr(self) == repr(other)


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60, sock_connect=30)


class TCPConnector:
    """How many connections a session may have open at once: limit in all (0: no limit),
    limit_per_host to one host (0: no limit)."""

    def __init__(self, *, limit=100, limit_per_host=0, **kwargs):
        self.limit = limit
        self.limit_per_host = limit_per_host
        self._all = None
        self._per_host = {}
        self.closed = False

    async def _acquire(self, host):
        if self.limit:
            if self._all is None:
                self._all = asyncio.Semaphore(self.limit)
            await self._all.acquire()
        if self.limit_per_host:
            sem = self._per_host.get(host)
            if sem is None:
                sem = self._per_host[host] = asyncio.Semaphore(self.limit_per_host)
            await sem.acquire()

    def _release(self, host):
        if self.limit_per_host:
            self._per_host[host].release()
        if self.limit:
            self._all.release()

    async def close(self):
        self.closed = True


# ---- responses -------------------------------------------------------------------------------

class ClientResponse:
    """The answer to a request: status and headers at once, the body through read(), text() or
    json(), which wait for it to arrive."""

    def __init__(self, method, url, reply, request_info, session, deadline, label):
        self.method = method
        self.url = url
        self.status = reply.status
        self.reason = reply.reason
        self.headers = dict(reply.headers)
        self.request_info = request_info
        self.history = ()
        self._reply = reply
        self._session = session
        self._deadline = deadline  # loop time by which the body must be in (None: no limit)
        self._label = label
        self._body = None
        self._released = False

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        return self.headers.get('Content-Type', 'application/octet-stream').split(';')[0]

    @property
    def charset(self):
        ct = self.headers.get('Content-Type', '')
        return 'utf-8' if 'charset=utf-8' in ct else None

    def raise_for_status(self):
        if not self.ok:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    async def read(self):
        if self._body is None:
            transfer = self._reply.transfer
            if self._deadline is not None:
                left = self._deadline - asyncio.get_running_loop().time()
                if transfer > left:
                    await _net.wait(max(left, 0.0), self._label)
                    self.release()
                    raise asyncio.TimeoutError()
            await _net.wait(transfer, self._label)
            self._body = self._reply.body
            self.release()
        return self._body

    async def text(self, encoding=None, errors='strict'):
        body = await self.read()
        return body.decode(encoding or self.charset or 'utf-8', errors)

    async def json(self, *, encoding=None, loads=_json.loads,
                   content_type='application/json'):
        body = await self.read()
        if content_type and content_type not in self.content_type:
            raise ContentTypeError(
                self.request_info, self.history, status=self.status,
                message='Attempt to decode JSON with unexpected mimetype: '
                        + self.headers.get('Content-Type', ''),
                headers=self.headers)
        text = body.decode(encoding or self.charset or 'utf-8')
        if not text.strip():
            return None
        return loads(text)

    def release(self):
        if not self._released:
            self._released = True
            if self._session is not None:
                self._session._connector._release(self.url.host)

    def close(self):
        self.release()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        return f'<ClientResponse({self.url}) [{self.status} {self.reason}]>'


class _RequestContextManager:
    """What session.get() returns: awaitable, or an async context manager that releases the
    response at its end."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    def send(self, arg):
        return self._coro.send(arg)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


# ---- sessions --------------------------------------------------------------------------------

def _timeout_of(value, default):
    if value is None:
        return default
    if isinstance(value, ClientTimeout):
        return value
    return ClientTimeout(total=value)


class ClientSession:
    """A session: its connector (connection limit), default headers and timeout, and the
    requests it sends. Use it as `async with aiohttp.ClientSession() as session:`."""

    def __init__(self, base_url=None, *, connector=None, headers=None, timeout=None,
                 raise_for_status=False, cookies=None, auth=None, json_serialize=_json.dumps,
                 **kwargs):
        self._base_url = URL(base_url) if base_url is not None else None
        self._connector = connector if connector is not None else TCPConnector()
        self._default_headers = dict(headers or {})
        self._timeout = _timeout_of(timeout, DEFAULT_TIMEOUT)
        self._raise_for_status = raise_for_status
        self._json_serialize = json_serialize
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def connector(self):
        return self._connector

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('GET', url, **kwargs))

    def options(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('OPTIONS', url, **kwargs))

    def head(self, url, *, allow_redirects=False, **kwargs):
        return _RequestContextManager(self._request('HEAD', url, **kwargs))

    def post(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('POST', url, data=data, **kwargs))

    def put(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PUT', url, data=data, **kwargs))

    def patch(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PATCH', url, data=data, **kwargs))

    def delete(self, url, **kwargs):
        return _RequestContextManager(self._request('DELETE', url, **kwargs))

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None,
                       headers=None, timeout=None, raise_for_status=None, ssl=True,
                       allow_redirects=True, **kwargs):
        if self._closed:
            raise RuntimeError('Session is closed')
        if data is not None and json is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        url = str(str_or_url)
        if self._base_url is not None:
            url = str(self._base_url).rstrip('/') + '/' + url.lstrip('/')
        try:
            url = URL(_net.with_params(url, params))
        except ValueError:
            raise InvalidURL(url)
        sent = dict(self._default_headers)
        sent.update(headers or {})
        if json is not None:
            body = self._json_serialize(json).encode('utf-8')
            sent.setdefault('Content-Type', 'application/json')
        elif data is None:
            body = b''
        elif isinstance(data, dict):
            body = _net.urlencode(data).encode('utf-8')
            sent.setdefault('Content-Type', 'application/x-www-form-urlencoded')
        elif isinstance(data, str):
            body = data.encode('utf-8')
        else:
            body = bytes(data)
        tm = _timeout_of(timeout, self._timeout)
        limit = tm.total
        if tm.sock_read is not None and (limit is None or tm.sock_read < limit):
            limit = tm.sock_read
        loop = asyncio.get_running_loop()
        start = loop.time()
        label = f'session.{method.lower()}({str(url)!r})'
        await self._connector._acquire(url.host)
        try:
            reply = _net.exchange(method, str(url), sent, body)
            if reply.error is not None:
                await _net.wait(reply.head, label)
                err = reply.error
                if isinstance(err, ConnectionResetError):
                    raise _net.os_error(ClientOSError, err.errno, err.strerror)
                raise ClientConnectorError((url.host, url.port, url.scheme == 'https'), err)
            if limit is not None and reply.head > limit:
                await _net.wait(limit, label)
                raise asyncio.TimeoutError()
            await _net.wait(reply.head, label)
        except BaseException:
            self._connector._release(url.host)
            raise
        info = RequestInfo(url, method, sent, url)
        if method == 'HEAD':
            reply.body = b''
            reply.transfer = 0.0
        deadline = None if tm.total is None else start + tm.total
        resp = ClientResponse(method, url, reply, info, self, deadline,
                              f'resp.read() {str(url)!r}')
        rfs = self._raise_for_status if raise_for_status is None else raise_for_status
        if rfs:
            resp.raise_for_status()
        return resp

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


class _SessionRequestContextManager:
    def __init__(self, coro, session):
        self._coro = coro
        self._session = session
        self._resp = None

    async def __aenter__(self):
        try:
            self._resp = await self._coro
        except BaseException:
            await self._session.close()
            raise
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


def request(method, url, *, params=None, data=None, json=None, headers=None, timeout=None,
            connector=None, raise_for_status=False, **kwargs):
    """aiohttp.request(method, url): one request in a session of its own, as an async context
    manager."""
    session = ClientSession(connector=connector, timeout=timeout,
                            raise_for_status=raise_for_status)
    return _SessionRequestContextManager(
        session._request(method, url, params=params, data=data, json=json, headers=headers),
        session)
