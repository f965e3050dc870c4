# asyncio for Coroscope: CPython 3.11's public API over the C++ runtime (engine/runtime) through
# the native module _asyncio_core. This file only gives the API its signatures, classes, reprs and
# argument checks; the loop, futures, tasks, combinators, locks and queues are the runtime's.
import _asyncio_core as _core
import sys as _sys
from types import GenericAlias as _GenericAlias


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


CancelledError.__module__ = 'asyncio.exceptions'
InvalidStateError.__module__ = 'asyncio.exceptions'
BrokenBarrierError.__module__ = 'asyncio.exceptions'
QueueEmpty.__module__ = 'asyncio.queues'
QueueFull.__module__ = 'asyncio.queues'
TimeoutError = TimeoutError

Future, Task, TimerHandle = _core.register(
    CancelledError, InvalidStateError, QueueEmpty, QueueFull, BrokenBarrierError)
Handle = TimerHandle

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_RETURN_WHEN = {FIRST_COMPLETED: 0, FIRST_EXCEPTION: 1, ALL_COMPLETED: 2}


def iscoroutine(obj):
    return _core.iscoroutine(obj)


def iscoroutinefunction(func):
    return _core.iscoroutinefunction(func)


def isfuture(obj):
    return _core.isfuture(obj)


# ---- event loops ----------------------------------------------------------------------------

class AbstractEventLoop:
    pass


class _UnixSelectorEventLoop(AbstractEventLoop):
    def __init__(self):
        self._debug = False
        self._asyncgens = {}  # async generators first iterated while this loop ran, in order
        self._asyncgens_shutdown_called = False
        _core.new_loop(self)

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self._debug}>')

    def _check_closed(self):
        if _core.loop_is_closed(self):
            raise RuntimeError('Event loop is closed')

    def time(self):
        return _core.loop_time(self)

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        return _core.loop_call_soon(self, callback, args, context)

    def call_soon_threadsafe(self, callback, *args, context=None):
        ahead = _core.worker_ahead()
        if ahead:
            # From a worker body running ahead of the loop's clock: the call is made when the
            # worker's thread gets there.
            return self.call_later(ahead, callback, *args, context=context)
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return _core.loop_call_later(self, delay, callback, args, context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        return _core.loop_call_at(self, when, callback, args, context)

    def create_future(self):
        return _core.loop_create_future(self)

    def create_task(self, coro, *, name=None, context=None):
        if _core.loop_is_closed(self):  # _check_closed(), inline: gather makes thousands
            raise RuntimeError('Event loop is closed')
        return _core.loop_create_task(self, coro, name, context)

    def run_until_complete(self, future):
        self._check_closed()
        if self.is_running() or _core.get_running_loop() is self:
            if _nest_state.applied:
                return _nested_run(self, future)
            raise RuntimeError('This event loop is already running')
        if _core.get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        future = ensure_future(future, loop=self)
        return _with_asyncgen_hooks(self, _core.loop_run_until_complete, self, future)

    def run_forever(self):
        self._check_closed()
        if self.is_running() or _core.get_running_loop() is self:
            raise RuntimeError('This event loop is already running')
        _with_asyncgen_hooks(self, _core.loop_run_forever, self)

    # While the loop runs these are sys.set_asyncgen_hooks' hooks, as in CPython.
    def _asyncgen_firstiter_hook(self, agen):
        agens = self._asyncgens
        if len(agens) >= 64 and len(agens) & (len(agens) - 1) == 0:
            # CPython keeps them in a WeakSet; here finished ones are dropped as the set doubles.
            for done in [ag for ag in agens if ag.ag_frame is None]:
                del agens[done]
        agens[agen] = None

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(agen, None)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def stop(self):
        _core.loop_stop(self)

    def is_running(self):
        # A host driving the loop one iteration at a time (notebook-style files) has it running
        # while an iteration runs.
        return _core.loop_is_running(self) or _core.get_running_loop() is self

    def is_closed(self):
        return _core.loop_is_closed(self)

    def close(self):
        _core.loop_close(self)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler
        _core.set_exception_handler(handler)

    def get_exception_handler(self):
        return getattr(self, '_exception_handler', None)

    def default_exception_handler(self, context):
        _core.default_exception_handler(context)

    def call_exception_handler(self, context):
        handler = self.get_exception_handler()
        if handler is None:
            _core.default_exception_handler(context)
        else:
            handler(self, context)

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = getattr(self, '_default_executor', None)
        if executor is None:
            return _core.loop_run_in_executor(self, func, args)
        return executor._run_in_executor(self, func, args)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_asyncgens(self):
        closing = self._take_asyncgens()
        if closing:
            self._report_asyncgen_errors(
                closing, await gather(*[ag.aclose() for ag in closing], return_exceptions=True))

    def _take_asyncgens(self):
        self._asyncgens_shutdown_called = True
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        return closing

    def _report_asyncgen_errors(self, closing, results):
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        pass


def _with_asyncgen_hooks(loop, run, *args):
    if not hasattr(loop, '_asyncgen_firstiter_hook'):
        return run(*args)
    old_hooks = _sys.get_asyncgen_hooks()
    _sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,
                            finalizer=loop._asyncgen_finalizer_hook)
    try:
        return run(*args)
    finally:
        _sys.set_asyncgen_hooks(*old_hooks)


SelectorEventLoop = _UnixSelectorEventLoop
BaseEventLoop = _UnixSelectorEventLoop

# Frames of runtime coroutines need a loop to exist (its allocator); this one is never run.
_anchor_loop = _UnixSelectorEventLoop()


class _NestState:
    applied = False


_nest_state = _NestState()


def _nested_run(loop, future):
    # nest_asyncio: run the loop re-entrantly until the future is done.
    future = ensure_future(future, loop=loop)
    return _core.loop_run_nested(loop, future)


def new_event_loop():
    return _UnixSelectorEventLoop()


def get_running_loop():
    loop = _core.get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _core.get_running_loop()


def get_event_loop():
    loop = _core.get_running_loop()
    if loop is not None:
        return loop
    loop = _core.get_event_loop_raw()
    if loop is None:
        # The default policy creates a loop only until set_event_loop() has been called once
        # (asyncio.run() calls it, and leaves None behind).
        if _policy_state.set_called:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        loop = new_event_loop()
        set_event_loop(loop)
    return loop


class _PolicyState:
    set_called = False


_policy_state = _PolicyState()


def set_event_loop(loop):
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                        f"'{type(loop).__name__}'")
    _policy_state.set_called = True
    _core.set_event_loop(loop)


# ---- tasks and futures ------------------------------------------------------------------------

async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if _core.isfuture(coro_or_future):
        return coro_or_future
    if _core.iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    if name is None or type(loop).create_task is not _UnixSelectorEventLoop.create_task:
        task = loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        return task
    # Named as it is made, so that a trace shows the name from the start; 3.11 names the task
    # after making it, so it still draws a Task-N number.
    if _core.loop_is_closed(loop):
        raise RuntimeError('Event loop is closed')
    return _core.loop_create_task(loop, coro, name, context, True)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _core.current_task(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return set(_core.all_tasks(loop))


def sleep(delay, result=None):
    return _core.sleep(delay, result)


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    arg_to_fut = {}
    children = []
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            arg_to_fut[arg] = fut
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    return _core.gather(children, return_exceptions, loop)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    return _core.shield(inner)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(dict.fromkeys(fs))
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    fs = [ensure_future(f, loop=loop) for f in fs]
    done, pending = await _core.wait(fs, timeout, _RETURN_WHEN[return_when])
    return set(done), set(pending)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    return await _core.wait_for(fut, timeout)


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    return _as_completed(fs, timeout)


def _as_completed(fs, timeout):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in dict.fromkeys(fs)]
    h = _core.as_completed_new(todo, timeout)
    for _ in range(len(todo)):
        yield _core.as_completed_next(h)


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    if kwargs:
        return await _core.loop_run_in_executor(loop, lambda: func(*args, **kwargs), (), func)
    return await _core.loop_run_in_executor(loop, func, args, func)


def _caught_up():
    return True


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    if _core.worker_ahead():
        # From a worker body running ahead of the loop's clock: the loop first catches up
        # with it, so the coroutine starts when the worker's thread gets here.
        _core.worker_wait(_caught_up, loop, None)
    source = _core.run_coroutine_threadsafe(loop, coro)
    future = concurrent.futures.Future()
    future._chain(source, loop)
    return future


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    import concurrent.futures
    if not isinstance(future, concurrent.futures.Future):
        raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def set_state():
        # futures._copy_future_state, on the loop's thread.
        if new_future.cancelled():
            return
        if future.cancelled():
            new_future.cancel()
        elif future.exception() is not None:
            new_future.set_exception(future.exception())
        else:
            new_future.set_result(future.result())

    def call_set_state(source):
        if new_future.cancelled():
            return
        loop.call_soon_threadsafe(set_state)

    def call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    new_future.add_done_callback(call_check_cancel)
    future.add_done_callback(call_set_state)
    return new_future


# ---- timeouts and task groups -------------------------------------------------------------------

_TIMEOUT_STATES = ('created', 'active', 'expiring', 'expired', 'finished')


class Timeout:
    def __init__(self, when, _handle=None):
        self._h = _handle if _handle is not None else _core.timeout_new(when, True)

    def when(self):
        return _core.timeout_when(self._h)

    def reschedule(self, when):
        _core.timeout_reschedule(self._h, when)

    def expired(self):
        return _core.timeout_state(self._h) in (2, 3)

    def __repr__(self):
        state = _core.timeout_state(self._h)
        info = ['']
        if state == 1:
            when = self.when()
            when = round(when, 3) if when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{_TIMEOUT_STATES[state]}]{' '.join(info)}>"

    async def __aenter__(self):
        await _core.timeout_enter(self._h)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        await _core.timeout_exit(self._h, exc_val)
        return None


Timeout.__module__ = 'asyncio.timeouts'


def timeout(delay):
    return Timeout(None, _core.timeout_new(delay, False))


def timeout_at(when):
    return Timeout(None, _core.timeout_new(when, True))


class TaskGroup:
    def __init__(self):
        self._h = _core.taskgroup_new()

    def __repr__(self):
        return _core.taskgroup_repr(self._h)

    async def __aenter__(self):
        await _core.taskgroup_enter(self._h)
        return self

    async def __aexit__(self, et, exc, tb):
        await _core.taskgroup_exit(self._h, exc)
        return None

    def create_task(self, coro, *, name=None, context=None):
        return _core.taskgroup_create_task(self._h, coro, name, context)


TaskGroup.__module__ = 'asyncio.taskgroups'


# ---- locks ---------------------------------------------------------------------------------------

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _obj_repr(self):
    t = type(self)
    return f'{t.__module__}.{t.__qualname__} object at {hex(id(self))}'


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._h = _core.lock_new()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        n = _core.lock_waiters(self._h)
        if n:
            extra = f'{extra}, waiters:{n}'
        return f'<{_obj_repr(self)} [{extra}]>'

    def locked(self):
        return _core.lock_locked(self._h)

    async def acquire(self):
        return await _core.lock_acquire(self._h)

    def release(self):
        _core.lock_release(self._h)


class Event:
    def __init__(self):
        self._h = _core.event_new()

    def __repr__(self):
        extra = 'set' if self.is_set() else 'unset'
        n = _core.event_waiters(self._h)
        if n:
            extra = f'{extra}, waiters:{n}'
        return f'<{_obj_repr(self)} [{extra}]>'

    def is_set(self):
        return _core.event_is_set(self._h)

    def set(self):
        _core.event_set(self._h)

    def clear(self):
        _core.event_clear(self._h)

    async def wait(self):
        return await _core.event_wait(self._h)


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self._h = _core.cond_new(lock._h)

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        n = _core.cond_waiters(self._h)
        if n:
            extra = f'{extra}, waiters:{n}'
        return f'<{_obj_repr(self)} [{extra}]>'

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def wait(self):
        return await _core.cond_wait(self._h)

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        _core.cond_notify(self._h, n)

    def notify_all(self):
        _core.cond_notify_all(self._h)


class Semaphore(_ContextManagerMixin):
    _bounded = False

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._h = _core.sem_new(value, self._bounded)

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        n = _core.sem_waiters(self._h)
        if n:
            extra = f'{extra}, waiters:{n}'
        return f'<{_obj_repr(self)} [{extra}]>'

    @property
    def _value(self):
        return _core.sem_value(self._h)

    def locked(self):
        return _core.sem_locked(self._h)

    async def acquire(self):
        return await _core.sem_acquire(self._h)

    def release(self):
        _core.sem_release(self._h)


class BoundedSemaphore(Semaphore):
    _bounded = True


class Barrier:
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._h = _core.barrier_new(parties)

    def __repr__(self):
        parties, n_waiting, broken, state = _core.barrier_info(self._h)
        names = ('filling', 'draining', 'resetting', 'broken')
        extra = f'{names[state]}'
        if not broken:
            extra += f', waiters:{n_waiting}/{parties}'
        return f'<{_obj_repr(self)} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        return await _core.barrier_wait(self._h)

    async def reset(self):
        await _core.barrier_reset(self._h)

    async def abort(self):
        await _core.barrier_abort(self._h)

    @property
    def parties(self):
        return _core.barrier_info(self._h)[0]

    @property
    def n_waiting(self):
        return _core.barrier_info(self._h)[1]

    @property
    def broken(self):
        return _core.barrier_info(self._h)[2]


for _c in (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier):
    _c.__module__ = 'asyncio.locks'


# ---- queues --------------------------------------------------------------------------------------

_WOULD_WAIT = object()  # queue_try_get: the queue is empty
# Queue.put/get run in programs' hottest loops: one global lookup each instead of two.
_queue_try_put, _queue_try_get = _core.queue_try_put, _core.queue_try_get
_queue_put, _queue_get = _core.queue_put, _core.queue_get


class Queue:
    _kind = 0
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._h = _core.queue_new(self._kind, maxsize)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        size, _, unfinished, getters, putters = _core.queue_info(self._h)
        if size:
            result += f' _queue={_core.queue_items(self._h)!r}'
        if getters:
            result += f' _getters[{getters}]'
        if putters:
            result += f' _putters[{putters}]'
        if unfinished:
            result += f' tasks={unfinished}'
        return result

    def __repr__(self):
        return f'<{type(self).__name__} at {hex(id(self))} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return _core.queue_info(self._h)[0]

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        if not _queue_try_put(self._h, item):
            await _queue_put(self._h, item)

    def put_nowait(self, item):
        _core.queue_put_nowait(self._h, item)

    async def get(self):
        item = _queue_try_get(self._h, _WOULD_WAIT)
        if item is _WOULD_WAIT:
            item = await _queue_get(self._h)
        return item

    def get_nowait(self):
        return _core.queue_get_nowait(self._h)

    def task_done(self):
        _core.queue_task_done(self._h)

    async def join(self):
        await _core.queue_join(self._h)


class PriorityQueue(Queue):
    _kind = 1


class LifoQueue(Queue):
    _kind = 2


for _c in (Queue, PriorityQueue, LifoQueue):
    _c.__module__ = 'asyncio.queues'


# ---- runners -------------------------------------------------------------------------------------

class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 0  # created, initialized, closed
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._h = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 1:
            return
        try:
            loop = self._loop
            if getattr(loop, '_asyncgens', None) and not loop.is_closed():
                # What asyncio.run's shutdown does before closing the loop (the runtime's own
                # shutdown, next, finds nothing left to do). The generators are closed without a
                # shutdown_asyncgens() task: the runtime still runs its own (empty) one, so tasks
                # are numbered as in CPython.
                _cancel_all_tasks(loop)
                closing = loop._take_asyncgens()
                loop._report_asyncgen_errors(closing, loop.run_until_complete(
                    gather(*[ag.aclose() for ag in closing], return_exceptions=True)))
            _core.runner_close(self._h)
        finally:
            if self._loop_factory is None:
                set_event_loop(None)
            self._state = 2

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _core.get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        return _with_asyncgen_hooks(self._loop, _core.runner_run, self._h, coro)

    def _lazy_init(self):
        if self._state == 2:
            raise RuntimeError("Runner is closed")
        if self._state == 1:
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._h = _core.runner_new(self._loop)
        self._state = 1


def _cancel_all_tasks(loop):
    to_cancel = _core.all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _core.get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)
