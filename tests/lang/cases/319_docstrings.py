"""Module docstring."""

print(__doc__)


def plain():
    """Plain docstring."""
    return 1


def nodoc():
    x = 1
    "not a docstring"
    return x


def decorator(fn):
    async def wrapper(*args, **kwargs):
        return await fn(*args, **kwargs)
    # What functools.wraps does (functools is not part of the core interpreter).
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapper, attr, getattr(fn, attr))
    wrapper.__wrapped__ = fn
    return wrapper


@decorator
async def fetch(n):
    """Fetch n items."""
    return n * 2


class Base:
    """Base class doc."""

    def method(self):
        """Method doc."""


class Child(Base):
    pass


class Child2(Base):
    "Child2 doc, single quotes."


print(plain.__doc__)
print(nodoc.__doc__)
print(fetch.__doc__, fetch.__name__, fetch.__wrapped__.__doc__)
print(Base.__doc__, Base().__doc__, Base.method.__doc__, Base().method.__doc__)
print(Child.__doc__, Child().__doc__, Child2.__doc__)
print((lambda: 1).__doc__)
plain.__doc__ = "replaced"
print(plain.__doc__)
print((lambda: "x").__doc__)


def f_string_is_not_doc():
    f"""not {1}"""


print(f_string_is_not_doc.__doc__)


try:
    fetch(21).send(None)
except StopIteration as stop:
    print(stop.value)
