# generator state attributes and reprs
def g():
    yield 1
it = g()
print(it.gi_running, it.__name__, it.__qualname__)
print(next(it))
print(list(it), list(it))
def outer():
    def inner():
        yield "x"
    return inner()
print(outer().__qualname__)
print(repr(g()).startswith("<generator object g at 0x"))
async def c():
    pass
co = c()
print(repr(co).startswith("<coroutine object c at 0x"))
co.close()
async def ag():
    yield 1
print(repr(ag()).startswith("<async_generator object ag at 0x"))
