"""Run a test program under CPython 3.11 with Coroscope's Python stdlib (engine/lang/lib) in place
of the real modules, so each module can be checked against the real stdlib before our interpreter
can run it.

    python3 tests/stdlib/shadow.py PROGRAM.py

Modules are loaded from engine/lang/lib/<dotted name>.py under their real names. `_random_core`
is a thin shim over CPython's own Mersenne Twister (`_random.Random`) with the interface
engine/lang/lib/README.md documents. isinstance/issubclass are wrapped to honour
`__subclasshook__` on plain classes, the one hook collections.abc needs from the interpreter
(README.md, "Interpreter requirements"); CPython would otherwise need ABCMeta for it.
"""

import asyncio  # noqa: F401  (its internals keep the real stdlib)
import builtins
import importlib.abc
import importlib.util
import os
import sys
import types

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "engine", "lang", "lib")
LIB = os.path.normpath(LIB)
OURS = {f[:-3] for f in os.listdir(LIB) if f.endswith(".py")}


class _RandomCoreShim:
    """_random_core: the primitives of engine/num/mersenne.hpp, here over CPython's _random."""

    import _random as _r

    class Random:
        def __init__(self):
            self._g = _RandomCoreShim._r.Random()
            self._g.seed(0)

        def seed(self, n):
            # A non-negative int, or None for the host's default seeding (Coroscope's native core
            # uses 0; CPython's own stdlib uses OS entropy, as this shim does). random.py reduces
            # every other seed type to an int first.
            if n is not None and (type(n) is not int or n < 0):
                raise TypeError("core seed must be None or a non-negative int")
            self._g.seed(n)

        def random(self):
            return self._g.random()

        def getrandbits(self, k):
            return self._g.getrandbits(k)

        # Optional in the interface: the 625-int tuple CPython's getstate() carries.
        def getstate(self):
            return self._g.getstate()

        def setstate(self, state):
            self._g.setstate(state)


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name == "_random_core":
            return importlib.util.spec_from_loader(name, self)
        if name in OURS:
            is_pkg = any(o.startswith(name + ".") for o in OURS)
            return importlib.util.spec_from_file_location(
                name, os.path.join(LIB, name + ".py"),
                submodule_search_locations=[] if is_pkg else None)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.Random = _RandomCoreShim.Random


def _hooked(cls, sub):
    hook = getattr(cls, "__subclasshook__", None)
    if hook is None or not isinstance(cls, type) or type(cls) is not type:
        return NotImplemented
    return hook(sub)


_isinstance, _issubclass = builtins.isinstance, builtins.issubclass


def isinstance(obj, cls):
    if type(cls) is tuple:
        return any(isinstance(obj, c) for c in cls)
    if _isinstance(obj, cls):
        return True
    r = _hooked(cls, type(obj))
    return r is True


def issubclass(sub, cls):
    if type(cls) is tuple:
        return any(issubclass(sub, c) for c in cls)
    if _issubclass(sub, cls):
        return True
    r = _hooked(cls, sub)
    return r is True


def main():
    prog = sys.argv[1]
    sys.dont_write_bytecode = True  # no __pycache__ inside engine/lang/lib
    for name in list(sys.modules):
        if name in OURS or name == "_random_core":
            del sys.modules[name]
    sys.meta_path.insert(0, _Finder())
    builtins.isinstance, builtins.issubclass = isinstance, issubclass
    sys.argv = sys.argv[1:]
    with open(prog) as f:
        code = compile(f.read(), prog, "exec")
    # A real __main__ module, so that sys.modules['__main__'].__dict__ is the program's globals
    # (dataclasses resolves string annotations through it).
    main_module = types.ModuleType("__main__")
    main_module.__file__ = prog
    main_module.__builtins__ = builtins
    sys.modules["__main__"] = main_module
    g = main_module.__dict__
    try:
        exec(code, g)
    finally:
        # Guard against a test silently running the real module instead of ours.
        for name in OURS:
            mod = sys.modules.get(name)
            if mod is not None and not getattr(mod, "__file__", "").startswith(LIB):
                print(f"shadow.py: {name} was not loaded from {LIB}", file=sys.stderr)
                sys.exit(2)


if __name__ == "__main__":
    main()
