"""asyncio streams on coroscope.net's simulated network (Coroscope): asyncio.start_server,
asyncio.open_connection, StreamReader and StreamWriter as CPython 3.11 has them, over virtual
connections instead of sockets. This is a simulation: nothing listens on a real port.

Bytes written on one side reach the other side half a round-trip time later (the host's latency
from coroscope.net; localhost included), in order; a connection takes one round trip to set up.
engine/modules/sim/sitecustomize.py, which CPython and Coroscope both import at startup when
the simulated world is there, puts them into asyncio. See docs/SIMULATED_IO.md.
"""

import asyncio

from coroscope import net as _net
from coroscope.net import _core

__all__ = ['StreamReader', 'StreamWriter', 'Server', 'open_connection', 'start_server',
           'IncompleteReadError', 'LimitOverrunError']

_DEFAULT_LIMIT = 2 ** 16


class IncompleteReadError(EOFError):
    """Incomplete read error. Attributes:

    - partial: read bytes string before the end of stream was reached
    - expected: total number of expected bytes (or None if unknown)
    """

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


IncompleteReadError.__module__ = 'asyncio.exceptions'
LimitOverrunError.__module__ = 'asyncio.exceptions'


def _find(buf, sep, start):
    # bytes.find (Coroscope's bytes has few methods; `in` and slices it has).
    if sep not in buf[start:]:
        return -1
    m = len(sep)
    i = start
    while buf[i:i + m] != sep:
        i += 1
    return i


class _Socket:
    """What server.sockets lists."""

    def __init__(self, address):
        self._address = address

    def getsockname(self):
        return self._address

    def __repr__(self):
        return (f"<asyncio.TransportSocket fd=-1, family=2, type=1, proto=6, "
                f"laddr={self._address!r}>")


class _Transport:
    """One end of a virtual connection: what it writes reaches the peer's reader one way later.
    """

    def __init__(self, loop, local, remote, one_way, bandwidth):
        self._loop = loop
        self.local = local
        self.remote = remote
        self.one_way = one_way
        self.bandwidth = bandwidth
        self.peer = None         # the other end's _Transport
        self.protocol = None     # (reader, writer) of this end
        self._closing = False
        self._lost = False
        self._arrival = 0.0      # when the last byte sent so far reaches the peer

    def get_extra_info(self, name, default=None):
        if name == 'peername':
            return self.remote
        if name == 'sockname':
            return self.local
        if name == 'socket':
            return _Socket(self.local)
        return default

    def _send(self, what, data=b''):
        now = self._loop.time()
        cost = len(data) / self.bandwidth if self.bandwidth else 0.0
        arrival = max(self._arrival, now + self.one_way + cost)
        self._arrival = arrival
        self._loop.call_at(arrival, self.peer._receive, what, data)

    def _receive(self, what, data):
        reader = self.protocol[0]
        if what == 'data':
            if not self._lost and not reader._eof:
                reader.feed_data(data)
        elif what == 'eof':
            if not reader._eof:
                reader.feed_eof()

    def write(self, data):
        if self._closing:
            return
        if data:
            self._send('data', data)

    def write_eof(self):
        if not self._closing:
            self._send('eof')

    def can_write_eof(self):
        return True

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._send('eof')
        self._loop.call_soon(self._connection_lost)

    def abort(self):
        self.close()

    def _connection_lost(self):
        self._lost = True
        reader, writer = self.protocol
        if not reader._eof:
            reader.feed_eof()
        if not writer._closed.done():
            writer._closed.set_result(None)

    def __repr__(self):
        state = ' closing' if self._closing else ''
        return f'<_SelectorSocketTransport fd=-1{state} read=polling write=<idle, bufsize=0>>'


class StreamReader:
    """CPython 3.11's asyncio.StreamReader (Lib/asyncio/streams.py), its buffer a bytes object.
    """

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else asyncio.get_event_loop()
        self._buffer = b''
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer += bytes(data)
        self._wakeup_waiter()

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        self._waiter = self._loop.create_future()
        if _core is not None:
            _core.future_label(self._waiter, f'StreamReader.{func_name}')
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer[e.consumed:e.consumed + seplen] == sep:
                self._buffer = self._buffer[e.consumed + seplen:]
            else:
                self._buffer = b''
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = _find(self._buffer, separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = self._buffer
                self._buffer = b''
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        self._buffer = self._buffer[isep + seplen:]
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            data = b''
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                data += block
            return data
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b''
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class StreamWriter:
    """CPython 3.11's asyncio.StreamWriter over a virtual connection."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._closed = loop.create_future()

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"data argument must be a bytes-like object, "
                            f"not '{type(data).__name__}'")
        self._transport.write(data)

    def writelines(self, data):
        for chunk in data:
            self.write(chunk)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._closed

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            await asyncio.sleep(0)
        if self._transport._lost:
            raise ConnectionResetError('Connection lost')

    async def start_tls(self, *args, **kwargs):
        raise NotImplementedError('TLS is not simulated')


class Server:
    """What start_server returns: listening on the simulated network until closed."""

    def __init__(self, loop, callback, host, port, limit):
        self._loop = loop
        self._callback = callback
        self._host = host
        self._port = port
        self._limit = limit
        self._serving = True
        self._serving_forever_fut = None
        self.sockets = (_Socket((host, port)),)

    def __repr__(self):
        return f'<Server sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    def close(self):
        if not self._serving:
            return
        self._serving = False
        self.sockets = ()
        if _net._world.listeners.get((self._host, self._port)) is self:
            del _net._world.listeners[(self._host, self._port)]
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None

    async def start_serving(self):
        pass

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if not self._serving:
            raise RuntimeError(f'server {self!r} is closed')
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # CPython 3.11 returns at once once the server is closed, even with connections open.
        if self._serving:
            fut = self._loop.create_future()
            await fut

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()

    def _accept(self, client_transport):
        """A connection attempt reached the server: its end of the connection and a task for
        the callback, as StreamReaderProtocol.connection_made does."""
        loop = self._loop
        server_end = _Transport(loop, client_transport.remote, client_transport.local,
                                client_transport.one_way, client_transport.bandwidth)
        server_end.peer = client_transport
        client_transport.peer = server_end
        reader = StreamReader(limit=self._limit, loop=loop)
        reader.set_transport(server_end)
        writer = StreamWriter(server_end, None, reader, loop)
        server_end.protocol = (reader, writer)
        res = self._callback(reader, writer)
        if asyncio.iscoroutine(res):
            loop.create_task(res)


def _listen_key(host, port):
    return (_net._canonical_host(host) if host not in (None, '', '0.0.0.0') else '*', port)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    """Listens on the simulated network at (host, port) (host None: every name; port 0 or None:
    a free port) and calls client_connected_cb(reader, writer) for each connection, as a task
    when it is a coroutine function."""
    loop = asyncio.get_running_loop()
    world = _net._world
    if not port:
        world.next_port += 1
        port = world.next_port
    key = _listen_key(host, port)
    if key in world.listeners:
        raise _net.os_error(OSError, 98, f'error while attempting to bind on address '
                                         f'({key[0]!r}, {port}): address already in use')
    server = Server(loop, client_connected_cb, key[0] if key[0] != '*' else '0.0.0.0', port,
                    limit)
    world.listeners[key] = server
    return server


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connects to a server started with start_server on the simulated network: (reader,
    writer) after one round-trip time; ConnectionRefusedError when nothing listens there."""
    loop = asyncio.get_running_loop()
    world = _net._world
    name = _net._canonical_host(host)
    rtt = _net.latency(name)
    h = world.hosts.get(name)
    bandwidth = h.bandwidth if h is not None else None
    server = world.listeners.get((name, port)) or world.listeners.get(('*', port))
    label = f'open_connection({host!r}, {port!r})'
    if server is None:
        await _net.wait(rtt, label)
        raise _net.os_error(ConnectionRefusedError, 111,
                            f"Connect call failed ('{name}', {port})")
    world.next_port += 1
    local = (name, world.next_port)
    client_end = _Transport(loop, local, (name, port), rtt / 2, bandwidth)
    reader = StreamReader(limit=limit, loop=loop)
    reader.set_transport(client_end)
    writer = StreamWriter(client_end, None, reader, loop)
    client_end.protocol = (reader, writer)
    # The server accepts when the connection request reaches it; the client learns half a
    # round trip later.
    loop.call_later(rtt / 2, _accept_if_listening, server, client_end)
    await _net.wait(rtt, label)
    if client_end.peer is None:
        raise _net.os_error(ConnectionRefusedError, 111,
                            f"Connect call failed ('{name}', {port})")
    return reader, writer


def _accept_if_listening(server, client_end):
    if server.is_serving():
        server._accept(client_end)
