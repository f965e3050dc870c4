# throw() into a delegating generator reaches the inner one; inner return resumes outer
def inner():
    try:
        yield "inner waiting"
    except ValueError:
        return "inner handled"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer continues"
o = outer()
print(next(o))
print(o.throw(ValueError("x")))
