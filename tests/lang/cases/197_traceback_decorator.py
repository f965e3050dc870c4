# errors raised through a decorator wrapper
def logged(fn):
    def wrapper(*a):
        print("calling", fn.__name__)
        return fn(*a)
    return wrapper
@logged
def risky(v):
    return [1, 2][v]
risky(0)
risky(5)
