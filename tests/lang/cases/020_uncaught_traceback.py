# an uncaught exception prints a CPython traceback with carets
def inner(d):
    return d["missing"] + 1
def outer():
    data = {"a": 1}
    return inner(data)
print("before")
outer()
