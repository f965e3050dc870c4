# traceback: printing and formatting exceptions as the interpreter's own traceback printer does.
import sys
import _asyncio_core as _core


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    if value is not None:
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    return [_core.format_exception(exc)]


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(_core.handled_exception()))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb):
        file.write(line)


def print_exc(limit=None, file=None, chain=True):
    print_exception(_core.handled_exception(), limit=limit, file=file, chain=chain)


def format_exception_only(exc, /, value=None):
    if value is not None:
        exc = value
    text = format_exception(exc)[-1]
    return [text.splitlines(True)[-1]]
