from functools import partial, reduce, update_wrapper, WRAPPER_UPDATES


def merge(a, b):
    out = dict(a)
    out.update(b)
    return out


configs = [{"a": 1}, {"b": 2}, {"a": 3, "c": 4}]
print(reduce(merge, configs), reduce(merge, [], {"init": True}))
make_point = partial(dict, x=0, y=0)
print(make_point(), make_point(y=5), make_point.keywords)
to_int = partial(int, base=16)
print(to_int("ff"), to_int("10", base=2))


class Greeter:
    def __init__(self, greeting, name):
        self.msg = f"{greeting}, {name}"


hello = partial(Greeter, "Hello")
print(hello("bob").msg, type(hello).__name__, hello.func is Greeter, hello.args)
p = partial(print, end="!\n")
p("partial print")
nested = partial(partial(partial(max, 1), 2), key=lambda v: -v)
print(nested(3), nested.args)
print(reduce(lambda acc, ch: acc * 2 + int(ch), "1011", 0), WRAPPER_UPDATES)


def target():
    """doc"""


def wrapper():
    pass


wrapper.__dict__["x"] = 1
target.__dict__["y"] = 2
update_wrapper(wrapper, target, assigned=("__doc__",), updated=())
print(wrapper.__name__, wrapper.__doc__, hasattr(wrapper, "y"))
