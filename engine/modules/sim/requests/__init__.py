"""requests, simulated (Coroscope): the real library's API for the part courses use, over
coroscope.net's simulated network. No real request is ever sent.

A call blocks the calling thread for the request's simulated duration, exactly as time.sleep
does: inside a coroutine it blocks the whole event loop (the timeline shows the loop blocked),
inside asyncio.to_thread it blocks only that worker thread. See docs/SIMULATED_IO.md.
"""

import datetime as _datetime
import json as _json
from collections.abc import Mapping, MutableMapping

from coroscope import net as _net
from requests import exceptions
from requests.exceptions import (
    ConnectionError, ConnectTimeout, HTTPError, JSONDecodeError, ReadTimeout, RequestException,
    Timeout, TooManyRedirects, URLRequired, InvalidURL, MissingSchema, InvalidSchema)

__version__ = '2.31.0'
__all__ = ['request', 'get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'Session',
           'session', 'Response', 'codes', 'exceptions', 'RequestException', 'HTTPError',
           'ConnectionError', 'Timeout', 'ConnectTimeout', 'ReadTimeout', 'JSONDecodeError']


class CaseInsensitiveDict(MutableMapping):
    """Headers: looked up whatever the case of the name, shown as they were set (as
    requests.structures.CaseInsensitiveDict)."""

    def __init__(self, data=None, **kwargs):
        self._store = {}
        if data is None:
            data = {}
        self.update(data, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (casedkey for casedkey, mappedvalue in self._store.values())

    def __len__(self):
        return len(self._store)

    def lower_items(self):
        return ((lowerkey, keyval[1]) for (lowerkey, keyval) in self._store.items())

    def __eq__(self, other):
        if isinstance(other, Mapping):
            other = CaseInsensitiveDict(other)
        else:
            return NotImplemented
        return dict(self.lower_items()) == dict(other.lower_items())

    def copy(self):
        return CaseInsensitiveDict(self._store.values())

    def __repr__(self):
        return str(dict(self.items()))


class _Codes:
    def __init__(self):
        for code, names in ((200, 'ok okay all_ok all_okay all_good'), (201, 'created'),
                            (202, 'accepted'), (204, 'no_content'),
                            (301, 'moved_permanently moved'), (302, 'found'),
                            (304, 'not_modified'), (400, 'bad_request bad'),
                            (401, 'unauthorized'), (403, 'forbidden'), (404, 'not_found'),
                            (405, 'method_not_allowed not_allowed'),
                            (408, 'request_timeout timeout'), (409, 'conflict'),
                            (418, 'im_a_teapot teapot'), (429, 'too_many_requests too_many'),
                            (500, 'internal_server_error server_error'),
                            (502, 'bad_gateway'), (503, 'service_unavailable unavailable'),
                            (504, 'gateway_timeout')):
            for name in names.split():
                setattr(self, name, code)
                setattr(self, name.upper(), code)

    def __repr__(self):
        return '<lookup \'status_codes\'>'


codes = _Codes()


class PreparedRequest:
    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        self.headers = CaseInsensitiveDict(headers)
        self.body = body

    def __repr__(self):
        return f'<PreparedRequest [{self.method}]>'


class Response:
    """The answer to a request, as requests.Response."""

    def __init__(self):
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.url = None
        self.reason = None
        self.encoding = None
        self.elapsed = _datetime.timedelta(0)
        self.history = []
        self.request = None
        self._content = b''

    @property
    def content(self):
        return self._content

    @property
    def text(self):
        return self._content.decode(self.encoding or 'utf-8', 'replace')

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    def raise_for_status(self):
        reason = self.reason
        if 400 <= self.status_code < 500:
            msg = f'{self.status_code} Client Error: {reason} for url: {self.url}'
        elif 500 <= self.status_code < 600:
            msg = f'{self.status_code} Server Error: {reason} for url: {self.url}'
        else:
            return
        raise HTTPError(msg, response=self)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self.text if decode_unicode else self._content
        for i in range(0, len(data), chunk_size):
            yield data[i:i + chunk_size]

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        text = self.text
        for line in (text.split(delimiter) if delimiter else text.splitlines()):
            yield line if decode_unicode else line.encode('utf-8')

    def close(self):
        pass

    def __bool__(self):
        return self.ok

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f'<Response [{self.status_code}]>'


_TIMEOUT_TYPES = (int, float)


def _pool(scheme, host, port):
    return f"{'HTTPS' if scheme == 'https' else 'HTTP'}ConnectionPool(host='{host}', port={port})"


def _body(data, json, headers):
    if json is not None:
        headers.setdefault('Content-Type', 'application/json')
        return _json.dumps(json).encode('utf-8')
    if data is None:
        return b''
    if isinstance(data, (dict, list)):
        headers.setdefault('Content-Type', 'application/x-www-form-urlencoded')
        return _net.urlencode(data).encode('utf-8')
    if isinstance(data, str):
        return data.encode('utf-8')
    return bytes(data)


class Session:
    """A requests.Session: default headers and params for every request it sends."""

    def __init__(self):
        self.headers = CaseInsensitiveDict({
            'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate',
            'Accept': '*/*', 'Connection': 'keep-alive'})
        self.params = {}
        self.cookies = {}
        self.auth = None

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        method = str(method).upper()
        if not isinstance(url, str):
            url = str(url)
        try:
            scheme, host, port, path, query = _net._split(url)
        except ValueError as e:
            raise MissingSchema(str(e))
        if scheme not in ('http', 'https'):
            raise InvalidSchema(f"No connection adapters were found for {url!r}")
        merged = dict(self.params)
        if params:
            merged.update(params if isinstance(params, dict) else dict(params))
        url = _net.full_url(_net.with_params(url, merged))
        sent = CaseInsensitiveDict(self.headers)
        for k, v in (headers or {}).items():
            sent[k] = v
        body = _body(data, json, sent)
        if timeout is not None and not isinstance(timeout, _TIMEOUT_TYPES):
            try:
                connect, read = timeout
            except (TypeError, ValueError):
                raise ValueError(f'Timeout value connect was {timeout}, but it must be an int, '
                                 f'float or None.')
            timeout = read
        reply = _net.exchange(method, url, sent, body)
        label = f'requests.{method.lower()}({url!r})'
        where = _pool(scheme, host, port)
        if reply.error is not None:
            _net.block(reply.head, label)
            err = reply.error
            if isinstance(err, ConnectionResetError):
                raise ConnectionError(f"('Connection aborted.', ConnectionResetError("
                                      f"{err.errno}, {err.strerror!r}))")
            if isinstance(err, ConnectionRefusedError):
                cause = (f"NewConnectionError('Failed to establish a new connection: "
                         f"[Errno {err.errno}] {err.strerror}')")
            else:
                cause = (f"NameResolutionError(\"Failed to resolve '{host}' "
                         f"([Errno {err.errno}] {err.strerror})\")")
            raise ConnectionError(f'{where}: Max retries exceeded with url: {_path_of(url)} '
                                  f'(Caused by {cause})')
        if timeout is not None and reply.head > timeout:
            _net.block(timeout, label)
            raise ReadTimeout(f'{where}: Read timed out. (read timeout={timeout})')
        _net.block(reply.head + reply.transfer, label)
        r = Response()
        r.status_code = reply.status
        r.reason = reply.reason
        r.url = url
        r.headers = CaseInsensitiveDict(reply.headers)
        r._content = reply.body
        r.encoding = 'utf-8' if 'charset=utf-8' in reply.headers.get('Content-Type', '') else None
        r.elapsed = _datetime.timedelta(seconds=reply.head)
        r.request = PreparedRequest(method, url, sent, body or None)
        return r

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _path_of(url):
    scheme, host, port, path, query = _net._split(url)
    return path + ('?' + query if query else '')


def session():
    return Session()


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request('get', url, params=params, **kwargs)


def options(url, **kwargs):
    return request('options', url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault('allow_redirects', False)
    return request('head', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('post', url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request('put', url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request('patch', url, data=data, **kwargs)


def delete(url, **kwargs):
    return request('delete', url, **kwargs)
