"""Run at startup, by CPython and by Coroscope alike, when the simulated world is there (CPython:
engine/modules/sim on PYTHONPATH, which imports sitecustomize from sys.path; Coroscope: the
modules given with the run, SessionOptions::modules or the compiled-in table, which include this
one): asyncio's stream functions and classes become coroscope.streams', the simulated network's.
Together with the simulated requests, aiohttp, httpx, pymongo and motor, found first on sys.path,
CPython then runs a program in the same simulated world as Coroscope, which makes it the oracle
for the expected outputs (tests/asyncio/refgen.py sets PYTHONPATH so)."""

import asyncio

from coroscope import streams as _streams

_modules = [asyncio]
try:
    import asyncio.exceptions
    import asyncio.streams
    _modules += [asyncio.exceptions, asyncio.streams]  # CPython's own references to them
except ImportError:
    pass  # Coroscope's asyncio is one module
for _module in _modules:
    for _name in ('StreamReader', 'StreamWriter', 'open_connection', 'start_server',
                  'IncompleteReadError', 'LimitOverrunError'):
        setattr(_module, _name, getattr(_streams, _name))
