# Coroscope's abc: ABC as a plain class. ABCMeta is `type` (Coroscope has no metaclasses):
# classes written with metaclass=ABCMeta work but are not checked; ABC subclasses are. What
# ABCMeta adds to isinstance (register, __subclasshook__) comes from the interpreter's
# __subclasshook__ rule (engine/lang/lib/README.md).

"""Abstract Base Classes (ABCs) according to PEP 3119."""

import _abcbase
from _abcbase import abstractmethod

ABCMeta = type


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""
    __isabstractmethod__ = True


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""

    def __new__(cls, *args, **kwargs):
        _abcbase.check_instantiable(cls)
        return super().__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        registry = cls.__dict__.get('_abc_registry')
        if registry is None:
            registry = []
            cls._abc_registry = registry
        registry.append(subclass)
        return subclass

    @classmethod
    def __subclasshook__(cls, C):
        for klass in cls.__mro__:
            for reg in klass.__dict__.get('_abc_registry', ()):
                if issubclass(C, reg):
                    return True
        return NotImplemented


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    _abcbase.forget(cls)
    return cls
