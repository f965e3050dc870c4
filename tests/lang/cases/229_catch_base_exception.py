# catching GeneratorExit and BaseException explicitly
def g():
    try:
        yield
    except BaseException as e:
        print("caught", type(e).__name__)
        raise
x = g()
next(x)
x.close()
print("closed")
