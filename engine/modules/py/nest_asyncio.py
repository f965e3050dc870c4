# nest_asyncio (1.5, the package notebooks use) for Coroscope: apply() makes run_until_complete
# re-entrant, so a coroutine or a notebook cell already running on the loop can call
# loop.run_until_complete() or asyncio.run() again; the nested call runs the same loop's
# iterations until its future is done. See docs/ASYNCIO.md ("nest_asyncio").
import asyncio
from contextlib import suppress


def apply(loop=None):
    """Patch asyncio to make its event loop reentrant."""
    _patch_asyncio()
    loop = loop or asyncio.get_event_loop()
    _patch_loop(loop)


def _patch_asyncio():
    """Patch asyncio module to use pure Python tasks and futures."""

    def run(main, *, debug=False):
        loop = asyncio.get_event_loop()
        loop.set_debug(debug)
        task = asyncio.ensure_future(main)
        try:
            return loop.run_until_complete(task)
        finally:
            if not task.done():
                task.cancel()
                with suppress(asyncio.CancelledError):
                    loop.run_until_complete(task)

    def _get_event_loop(stacklevel=3):
        loop = asyncio._get_running_loop()
        if loop is None:
            loop = _policy_loop()
        return loop

    if hasattr(asyncio, '_nest_patched'):
        return
    asyncio.run = run
    asyncio.get_event_loop = _get_event_loop
    asyncio._nest_patched = True


def _policy_loop():
    # events.get_event_loop_policy().get_event_loop(): the current loop, made on first use.
    loop = asyncio._core.get_event_loop_raw()
    if loop is None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
    return loop


def _patch_loop(loop):
    """Patch loop to make it reentrant."""
    if not isinstance(loop, asyncio.BaseEventLoop):
        raise ValueError('Can\'t patch loop of type %s' % type(loop))
    # Coroscope's loops share one implementation, so patching one patches every loop (as
    # nest_asyncio's class-level patch does for the loops of one class).
    asyncio._nest_state.applied = True
