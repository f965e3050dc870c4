import types


class Resource:
    def __init__(self, name):
        self.name = name

    def __exit__(self, *exc):
        print("exit", self.name, exc)
        return False


def describe(self, extra):
    return f"{self.name}+{extra}"


r = Resource("r")
m = types.MethodType(describe, r)
print(type(m).__name__, type(m) is types.MethodType, m("x"))
print(m.__func__ is describe, m.__self__ is r)
print(m == types.MethodType(describe, r), m == types.MethodType(describe, Resource("s")))
print(m != types.MethodType(describe, r), hash(m) == hash(types.MethodType(describe, r)))
# Bound methods compare by instance identity and function, so they work as dict keys.
print(r.__exit__ == r.__exit__, r.__exit__ is r.__exit__, r.__exit__ == Resource("r").__exit__)
seen = {r.__exit__: 1}
print(r.__exit__ in seen, Resource("r").__exit__ in seen, [1].append == [1].append)

# How contextlib's exit stacks keep a bound __exit__ without looking it up again.
cm_exit = type(r).__exit__
bound = types.MethodType(cm_exit, r)
bound(None, None, None)

# Any callable works, and the instance need not be of a class with that method.
p = types.MethodType(print, "self-arg")
p("and more")
counter = types.MethodType(len, [1, 2, 3])
print(counter())


async def coro_method(self):
    return self.name * 2

am = types.MethodType(coro_method, r)
try:
    am().send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)

for args in [(describe,), (describe, r, 3), (1, r), (describe, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MethodType(describe, obj=r)
except TypeError as e:
    print("TypeError:", e)
types.MethodType(describe, r)()
