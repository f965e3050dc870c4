# decorators on functions and classes, with arguments
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b=0):
    return a + b
@repeat(3)
def hi(name):
    return "hi " + name
print(add(1, b=2), hi("x"))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Widget:
    pass
@register
class Gadget:
    pass
print(registry)
def stack(tag):
    def d(f):
        def w():
            return f"<{tag}>{f()}</{tag}>"
        return w
    return d
@stack("b")
@stack("i")
def text():
    return "t"
print(text())
