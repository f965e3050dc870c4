import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    print(sq(v))
print(sq.cache_info(), sq.__name__, sq.__wrapped__(5))


@functools.cache
def slow(a, b=1):
    print("slow", a, b)
    return a + b


print(slow(1), slow(1), slow(1, 2), slow(1, b=2), slow(a=1, b=2), slow.cache_info())


@functools.lru_cache
def plain(x):
    return x


print(plain(3), plain(3), plain.cache_info(), plain.cache_parameters())
typed = functools.lru_cache(typed=True)(lambda x: type(x).__name__)
print(typed(1), typed(1.0), typed.cache_info())
try:
    slow([1])
except TypeError as e:
    print("TypeError", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)
