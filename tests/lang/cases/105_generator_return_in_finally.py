# generator close runs finally blocks; return inside generators
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
x = g()
print(next(x))
x.close()
print("after close")
y = g()
print(list(y))
def early():
    yield 1
    return
    yield 2
print(list(early()))
