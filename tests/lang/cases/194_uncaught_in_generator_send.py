# an exception raised by send() shows the generator frame
def g():
    x = yield
    yield 10 / x
it = g()
next(it)
it.send(0)
