# What ABCMeta does at instantiation time, for plain classes: refuse to instantiate a class
# that still has abstract methods, with CPython's message. Shared by abc.ABC and the roots of
# collections.abc. The set of abstract names is computed as CPython computes
# __abstractmethods__ (the first definition of each name along the MRO decides) and cached
# per class.

_cache = {}


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def abstract_names(cls):
    """The sorted abstract method names of cls (CPython: sorted(cls.__abstractmethods__))."""
    names = _cache.get(cls)
    if names is None:
        seen = set()
        found = []
        for klass in cls.__mro__:
            for name, value in klass.__dict__.items():
                if name in seen:
                    continue
                seen.add(name)
                if _is_abstract(value):
                    found.append(name)
        names = sorted(found)
        _cache[cls] = names
    return names


def check_instantiable(cls):
    names = abstract_names(cls)
    if names:
        s = 's' if len(names) > 1 else ''
        raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                        f"with abstract method{s} {', '.join(names)}")


def forget(cls):
    # After a class changes (abc.update_abstractmethods).
    _cache.pop(cls, None)
