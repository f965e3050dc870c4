import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    "Add two numbers."
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)


def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a):
            for i in range(times):
                try:
                    return func(*a)
                except ValueError as e:
                    print("attempt", i + 1, "failed:", e)
            return None
        return wrapper
    return deco


state = {"n": 0}


@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"n={state['n']}")
    return "ok"


print(flaky(), flaky.__name__)


def plain(x):
    return x


plain.extra = 42


def wrap2(x):
    return plain(x)


functools.update_wrapper(wrap2, plain)
print(wrap2.__name__, wrap2.extra, wrap2.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS)


class Counted:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@Counted
def hello(name):
    """Say hello."""
    return "hi " + name


print(hello("bob"), hello("amy"), hello.calls, hello.__name__, hello.__doc__)


def timer(func):
    @functools.wraps(func)
    async def wrapper(*args):
        return await func(*args)
    return wrapper


@timer
async def fetch(x):
    return x * 2

print(fetch.__name__)
c = fetch(4)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
