# contextvars: the context a task copies when it is created and the loop enters around each
# callback and task step (the runtime asks through rt::Language, which calls _copy/_enter/_exit).
import _asyncio_core as _core
from types import GenericAlias as _GenericAlias

_MISSING = object()


class Context:
    def __init__(self):
        self._data = {}

    def run(self, callable, /, *args, **kwargs):
        _enter(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _exit(self)

    def copy(self):
        c = Context()
        c._data = self._data
        return c

    def get(self, var, default=None):
        return self._data.get(var, default)

    def __getitem__(self, var):
        return self._data[var]

    def __contains__(self, var):
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


class Token:
    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {hex(id(self))}>'


class ContextVar:
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, name, *, default=_MISSING):
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        data = _stack[-1]._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _stack[-1]
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _stack[-1]
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = dict(ctx._data)
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        ctx._data = data
        token._used = True

    def __repr__(self):
        d = ''
        if self._default is not _MISSING:
            d = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{d} at {hex(id(self))}>'


_stack = [Context()]


def copy_context():
    return _stack[-1].copy()


def _enter(ctx):
    _stack.append(ctx)


def _exit(ctx):
    if len(_stack) > 1:
        _stack.pop()


_core.register_contexts(copy_context, _enter, _exit)
