# threading, as far as asyncio programs see it: the main thread and the simulated worker threads
# of to_thread/run_in_executor (named asyncio_N, as CPython's default executor names them).
# Starting threads of one's own is not supported.
import _asyncio_core as _core

_core.track_threads()
_counter = [0]


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        _counter[0] += 1
        self._name = name if name is not None else f'Thread-{_counter[0]}'
        self._ident = 140000000000000 + _counter[0] * 4096
        self.daemon = bool(daemon)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def getName(self):
        return self._name

    def is_alive(self):
        return True

    def start(self):
        raise RuntimeError('threads of your own are not supported in Coroscope; '
                           'use asyncio.to_thread')

    def __repr__(self):
        return f'<{type(self).__name__}({self._name}, started daemon {self._ident})>'


class _MainThread(Thread):
    def __repr__(self):
        return f'<_MainThread({self._name}, started {self._ident})>'


_main = _MainThread(name='MainThread')
_workers = {}


def main_thread():
    return _main


def current_thread():
    name = _core.thread_name()
    if name is None:
        return _main
    t = _workers.get(name)
    if t is None:
        t = Thread(name=name, daemon=True)
        _workers[name] = t
    return t


currentThread = current_thread


def get_ident():
    return current_thread().ident


def active_count():
    return 1 + len(_workers)


def get_native_id():
    return current_thread().native_id


activeCount = active_count


def enumerate():
    return [_main] + list(_workers.values())


# Synchronisation between the simulated threads. Only one of them runs at a time and a work item
# runs from its start until it finishes (or, on the main thread, until it awaits), so a lock is
# only ever found held by a thread that is not running: waiting for it would block forever, which
# CPython reports by hanging and Coroscope by a RuntimeError.
def _would_block(what):
    raise RuntimeError(f'{what} would block forever: the simulated thread holding it cannot run '
                       'while this one waits (Coroscope)')


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout >= 0:
            return False
        _would_block('Lock.acquire()')

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {hex(id(self))}>'


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = current_thread()
        if self._count and self._owner is not me:
            if not blocking or timeout >= 0:
                return False
            _would_block('RLock.acquire()')
        self._owner = me
        self._count += 1
        return True

    def release(self):
        if not self._count or self._owner is not current_thread():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        owner = self._owner.ident if self._owner is not None else 0
        return (f'<{state} _thread.RLock object owner={owner} count={self._count} '
                f'at {hex(id(self))}>')


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is not None:
            return False
        _would_block('Event.wait()')


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking or timeout is not None:
            return False
        _would_block('Semaphore.acquire()')

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class local:
    """Thread-local data: one attribute namespace per simulated thread."""

    def __init__(self):
        object.__setattr__(self, '_local__dicts', {})

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        return dicts.setdefault(current_thread().name, {})

    def __getattr__(self, name):
        d = object.__getattribute__(self, '_local__dict')()
        if name in d:
            return d[name]
        raise AttributeError(f"'_thread._local' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        object.__getattribute__(self, '_local__dict')()[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, '_local__dict')()
        if name not in d:
            raise AttributeError(name)
        del d[name]
