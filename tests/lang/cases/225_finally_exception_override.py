# an exception in finally replaces the one in flight
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
f()
