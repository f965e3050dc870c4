from functools import lru_cache, cache, partial, reduce

calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), calls, fib.cache_info())
print(fib(30), calls, fib.cache_info().hits)


@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().currsize > 0)


@lru_cache(maxsize=3)
def load(key):
    print("  load", key)
    return key.upper()


for k in "abcadbea":
    load(k)
print(load.cache_info())
info = load.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc = partial(lambda a, b: a + b, 1)
dbl = partial(lambda a, b: a * b, 2)
print(compose(inc, dbl, inc)(5), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]))
