# concurrent.futures for Coroscope: ThreadPoolExecutor over the runtime's simulated worker
# threads. A work item starts as soon as it is submitted and runs on a simulated thread named
# after the executor (`ThreadPoolExecutor-0_0`, or `prefix_0`); loop.run_in_executor(executor)
# runs it in that executor's pool on the loop, respecting max_workers. A submit() made outside a
# running loop runs the item at once. The Future is completed from the worker, as CPython's is.
import _asyncio_core as _core

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


TimeoutError = TimeoutError

for _c in (Error, CancelledError, InvalidStateError):
    _c.__module__ = 'concurrent.futures._base'


class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
        self._source = None

    def _chain(self, source, loop):
        # asyncio's _chain_future(source, self) for run_coroutine_threadsafe: the asyncio future
        # of the task on `loop` completes this one; cancelling this one cancels the task.
        self._source = source
        self._loop = loop
        source.add_done_callback(self._copy_source)

    def _copy_source(self, source):
        if self.done():
            return
        if source.cancelled():
            self.cancel()
        elif source.exception() is not None:
            self.set_exception(source.exception())
        else:
            self.set_result(source.result())

    def __repr__(self):
        where = f'{type(self).__name__} at {hex(id(self))}'
        if self._state == _FINISHED:
            if self._exception is not None:
                return (f'<{where} state=finished raised '
                        f'{type(self._exception).__name__}>')
            return f'<{where} state=finished returned {type(self._result).__name__}>'
        return f'<{where} state={self._state.lower()}>'

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import traceback
                print('exception calling callback for', repr(self), file=_stderr())
                traceback.print_exc()

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        if self._source is not None and not self._source.done():
            self._loop.call_soon_threadsafe(self._source.cancel)
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _wait(self, timeout):
        if self.done():
            return
        if self._source is not None and _core.worker_ahead() is not None:
            # A worker thread waiting for a coroutine on the loop (run_coroutine_threadsafe):
            # the loop runs until the coroutine's task is done or the timeout passes.
            if _core.worker_wait(self._source.done, self._loop, timeout) and not self.done():
                self._copy_source(self._source)
            if self.done():
                return
            raise TimeoutError()
        # A work item still running would have to block this thread; simulated threads cannot
        # hand over the main thread here, so only a timeout can end the wait.
        if timeout is not None:
            raise TimeoutError()
        raise RuntimeError('concurrent.futures.Future.result() would block forever: '
                           'the work item has not finished')

    def result(self, timeout=None):
        self._wait(timeout)
        if self.cancelled():
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        if self.cancelled():
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import traceback
            traceback.print_exc()

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()


def _stderr():
    import sys
    return sys.stderr


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result(timeout)
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _Counter:
    n = 0


def _work(future, fn, args, kwargs):
    # The body of one work item on a simulated thread (CPython's _WorkItem.run).
    if not future.set_running_or_notify_cancel():
        return None
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:
        future.set_exception(exc)
        raise
    future.set_result(result)
    return result


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # CPython: min(32, os.cpu_count() + 4); the reference runner fixes 32.
            max_workers = 32
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        if not thread_name_prefix:
            thread_name_prefix = f'ThreadPoolExecutor-{_Counter.n}'
            _Counter.n += 1
        self._thread_name_prefix = thread_name_prefix
        self._id = id(self)
        self._shutdown = False
        self._initializer = initializer
        self._initargs = initargs

    def _check(self):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')

    def _run(self, loop, body, args):
        return _core.executor_run(loop, self._id, self._max_workers, self._thread_name_prefix,
                                  body, args)

    def submit(self, fn, /, *args, **kwargs):
        self._check()
        future = Future()
        loop = _core.get_running_loop()
        if loop is None:
            _quiet_work(future, fn, args, kwargs)
        else:
            # The asyncio side of the work item is not needed: the Future is set by the worker.
            self._run(loop, _quiet_work, (future, fn, args, kwargs))
        return future

    def _run_in_executor(self, loop, func, args):
        self._check()
        return self._run(loop, func, args)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


def _quiet_work(future, fn, args, kwargs):
    try:
        _work(future, fn, args, kwargs)
    except BaseException:
        pass


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    if not_done and timeout is None:
        for f in not_done:
            f._wait(None)
    return DoneAndNotDoneFutures(done, not_done)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    for f in fs:
        if f.done():
            yield f
    for f in fs:
        if not f.done():
            f._wait(timeout)
            yield f
