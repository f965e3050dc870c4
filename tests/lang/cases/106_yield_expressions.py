# yield as an expression in various positions
def g():
    a = (yield 1) + 10
    b = [(yield 2), (yield 3)]
    print("a", a, "b", b)
    yield a + sum(b)
it = g()
print(next(it), it.send(5), it.send(6), it.send(7))
def h():
    x = yield
    while True:
        x = yield x * 2
k = h()
next(k)
print(k.send(3), k.send(10))
