"""httpx, simulated (Coroscope): the real library's API for the part courses use, over
coroscope.net's simulated network. No real request is ever sent.

httpx.get/post/... and Client block the calling thread for the request's simulated duration, as
time.sleep does (in a coroutine, the whole event loop); AsyncClient suspends the awaiting task
instead. As in httpx, a request times out after 5 s unless told otherwise. See
docs/SIMULATED_IO.md.
"""

import datetime as _datetime
import json as _json

from coroscope import net as _net
from requests import CaseInsensitiveDict as _CaseInsensitiveDict

__version__ = '0.26.0'
__all__ = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'Client',
           'AsyncClient', 'Response', 'Timeout', 'URL', 'Headers', 'codes', 'HTTPError',
           'RequestError', 'TransportError', 'TimeoutException', 'ConnectTimeout',
           'ReadTimeout', 'NetworkError', 'ConnectError', 'ReadError', 'HTTPStatusError',
           'InvalidURL', 'UnsupportedProtocol']


class HTTPError(Exception):
    """Base class for RequestError and HTTPStatusError."""

    def __init__(self, message):
        super().__init__(message)
        self._request = None

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError('The .request property has not been set.')
        return self._request

    @request.setter
    def request(self, request):
        self._request = request


class RequestError(HTTPError):
    """An error occurred while issuing a request."""

    def __init__(self, message, *, request=None):
        super().__init__(message)
        self._request = request


class TransportError(RequestError):
    """Base class for all exceptions that occur at the level of the Transport API."""


class TimeoutException(TransportError):
    """The base class for timeout errors."""


class ConnectTimeout(TimeoutException):
    """Timed out while connecting to the host."""


class ReadTimeout(TimeoutException):
    """Timed out while receiving data from the host."""


class NetworkError(TransportError):
    """The base class for network-related errors."""


class ConnectError(NetworkError):
    """Failed to establish a connection."""


class ReadError(NetworkError):
    """Failed to receive data from the network."""


class UnsupportedProtocol(TransportError):
    """Attempted to make a request to an unsupported protocol."""


class HTTPStatusError(HTTPError):
    """The response had an error HTTP status of 4xx or 5xx."""

    def __init__(self, message, *, request, response):
        super().__init__(message)
        self.request = request
        self.response = response


class InvalidURL(Exception):
    """URL is improperly formed or cannot be parsed."""


class URL:
    def __init__(self, url=''):
        self._val = str(url)

    @property
    def host(self):
        return _net._split(self._val)[1]

    @property
    def path(self):
        return _net._split(self._val)[3]

    @property
    def scheme(self):
        return _net._split(self._val)[0]

    def __str__(self):
        return self._val

    def __repr__(self):
        return f"URL('{self._val}')"

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(self._val)


class Headers(_CaseInsensitiveDict):
    def __repr__(self):
        return f'Headers({dict(self.items())!r})'


class Timeout:
    """Timeout(5.0) or Timeout(None, read=...): the read timeout bounds the wait for the answer's
    first byte (the simulated connect is immediate)."""

    def __init__(self, timeout=5.0, *, connect=None, read=None, write=None, pool=None):
        if isinstance(timeout, Timeout):
            timeout, read = timeout.read, timeout.read
        self.connect = connect if connect is not None else timeout
        self.read = read if read is not None else timeout
        self.write = write if write is not None else timeout
        self.pool = pool if pool is not None else timeout

    def __repr__(self):
        if len({self.connect, self.read, self.write, self.pool}) == 1:
            return f'Timeout(timeout={self.connect})'
        return (f'Timeout(connect={self.connect}, read={self.read}, write={self.write}, '
                f'pool={self.pool})')


class _Codes:
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    FORBIDDEN = 403
    NOT_FOUND = 404
    TOO_MANY_REQUESTS = 429
    INTERNAL_SERVER_ERROR = 500
    SERVICE_UNAVAILABLE = 503


codes = _Codes()


class Request:
    def __init__(self, method, url, headers, content):
        self.method = method
        self.url = URL(url)
        self.headers = Headers(headers)
        self.content = content

    def __repr__(self):
        return f"<Request('{self.method}', '{self.url}')>"


_ERROR_TYPES = {1: 'Informational response', 3: 'Redirect response', 4: 'Client error',
                5: 'Server error'}


class Response:
    def __init__(self, status_code, headers, content, request, elapsed):
        self.status_code = status_code
        self.reason_phrase = _net.REASONS.get(status_code, '')
        self.headers = Headers(headers)
        self.content = content
        self.request = request
        self.url = request.url
        self.elapsed = _datetime.timedelta(seconds=elapsed)
        self.http_version = 'HTTP/1.1'

    @property
    def text(self):
        return self.content.decode('utf-8', 'replace')

    @property
    def encoding(self):
        return 'utf-8'

    def json(self, **kwargs):
        return _json.loads(self.text, **kwargs)

    @property
    def is_success(self):
        return 200 <= self.status_code < 300

    @property
    def is_error(self):
        return 400 <= self.status_code < 600

    @property
    def is_client_error(self):
        return 400 <= self.status_code < 500

    @property
    def is_server_error(self):
        return 500 <= self.status_code < 600

    def raise_for_status(self):
        if self.is_success:
            return self
        error_type = _ERROR_TYPES.get(self.status_code // 100, 'Invalid status code')
        message = (f"{error_type} '{self.status_code} {self.reason_phrase}' for url "
                   f"'{self.url}'\nFor more information check: "
                   f"https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{self.status_code}")
        raise HTTPStatusError(message, request=self.request, response=self)

    def read(self):
        return self.content

    async def aread(self):
        return self.content

    def close(self):
        pass

    async def aclose(self):
        pass

    def __repr__(self):
        return f'<Response [{self.status_code} {self.reason_phrase}]>'


def _timeout_of(value):
    if value is None:
        return None
    return value.read if isinstance(value, Timeout) else value


class _Prepared:
    """One request: what to send, then the waits and the outcome."""

    def __init__(self, client, method, url, params, content, data, json, headers, timeout):
        method = method.upper()
        url = str(url)
        if client is not None and client.base_url and '://' not in url:
            url = client.base_url.rstrip('/') + '/' + url.lstrip('/')
        try:
            scheme = _net._split(url)[0]
        except ValueError:
            raise UnsupportedProtocol(f"Request URL is missing an 'http://' or 'https://' "
                                      f"protocol.")
        if scheme not in ('http', 'https'):
            raise UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme}://'.")
        url = _net.full_url(_net.with_params(url, params))
        sent = dict(client.headers) if client is not None else {}
        sent.update(headers or {})
        if json is not None:
            body = _json.dumps(json).encode('utf-8')
            sent['Content-Type'] = 'application/json'
        elif data is not None:
            body = _net.urlencode(data).encode('utf-8')
            sent['Content-Type'] = 'application/x-www-form-urlencoded'
        elif content is not None:
            body = content.encode('utf-8') if isinstance(content, str) else bytes(content)
        else:
            body = b''
        self.request = Request(method, url, sent, body)
        self.reply = _net.exchange(method, url, sent, body)
        self.timeout = _timeout_of(timeout)
        self.label = f'httpx {method} {url!r}'

    def wait(self):
        """(seconds to wait, exception or None)."""
        reply = self.reply
        if reply.error is not None:
            err = reply.error
            cls = ReadError if isinstance(err, ConnectionResetError) else ConnectError
            return reply.head, cls(f'[Errno {err.errno}] {err.strerror}', request=self.request)
        if self.timeout is not None and reply.head > self.timeout:
            return self.timeout, ReadTimeout('timed out', request=self.request)
        return reply.head + reply.transfer, None

    def response(self):
        body = b'' if self.request.method == 'HEAD' else self.reply.body
        return Response(self.reply.status, self.reply.headers, body, self.request,
                        self.reply.head)


_UNSET = object()


class _BaseClient:
    def __init__(self, *, base_url='', headers=None, timeout=5.0, follow_redirects=False,
                 params=None, **kwargs):
        self.base_url = str(base_url)
        self.headers = Headers({'accept': '*/*', 'accept-encoding': 'gzip, deflate',
                                'connection': 'keep-alive',
                                'user-agent': f'python-httpx/{__version__}'})
        self.headers.update(headers or {})
        self.timeout = timeout if isinstance(timeout, Timeout) else Timeout(timeout)
        self.is_closed = False

    def _prepare(self, method, url, params, content, data, json, headers, timeout):
        if self.is_closed:
            raise RuntimeError('Cannot send a request, as the client has been closed.')
        return _Prepared(self, method, url, params, content, data, json, headers,
                         self.timeout if timeout is _UNSET else timeout)


class Client(_BaseClient):
    """A blocking client: each request blocks the calling thread."""

    def request(self, method, url, *, params=None, content=None, data=None, json=None,
                headers=None, timeout=_UNSET, **kwargs):
        p = self._prepare(method, url, params, content, data, json, headers, timeout)
        seconds, error = p.wait()
        _net.block(seconds, p.label)
        if error is not None:
            raise error
        return p.response()

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        return self.request('HEAD', url, **kwargs)

    def post(self, url, **kwargs):
        return self.request('POST', url, **kwargs)

    def put(self, url, **kwargs):
        return self.request('PUT', url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request('PATCH', url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    def close(self):
        self.is_closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class AsyncClient(_BaseClient):
    """An async client: each request suspends the awaiting task."""

    async def request(self, method, url, *, params=None, content=None, data=None, json=None,
                      headers=None, timeout=_UNSET, **kwargs):
        p = self._prepare(method, url, params, content, data, json, headers, timeout)
        seconds, error = p.wait()
        await _net.wait(seconds, p.label)
        if error is not None:
            raise error
        return p.response()

    async def get(self, url, **kwargs):
        return await self.request('GET', url, **kwargs)

    async def options(self, url, **kwargs):
        return await self.request('OPTIONS', url, **kwargs)

    async def head(self, url, **kwargs):
        return await self.request('HEAD', url, **kwargs)

    async def post(self, url, **kwargs):
        return await self.request('POST', url, **kwargs)

    async def put(self, url, **kwargs):
        return await self.request('PUT', url, **kwargs)

    async def patch(self, url, **kwargs):
        return await self.request('PATCH', url, **kwargs)

    async def delete(self, url, **kwargs):
        return await self.request('DELETE', url, **kwargs)

    async def aclose(self):
        self.is_closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        await self.aclose()


def request(method, url, **kwargs):
    with Client(timeout=kwargs.pop('timeout', 5.0)) as client:
        return client.request(method, url, **kwargs)


def get(url, **kwargs):
    return request('GET', url, **kwargs)


def options(url, **kwargs):
    return request('OPTIONS', url, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)


def post(url, **kwargs):
    return request('POST', url, **kwargs)


def put(url, **kwargs):
    return request('PUT', url, **kwargs)


def patch(url, **kwargs):
    return request('PATCH', url, **kwargs)


def delete(url, **kwargs):
    return request('DELETE', url, **kwargs)
