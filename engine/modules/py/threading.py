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
