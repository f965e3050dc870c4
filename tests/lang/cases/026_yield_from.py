# yield from delegates send/throw and returns the subgenerator's value
def sub():
    x = yield "s1"
    print("sub got", x)
    y = yield "s2"
    print("sub got", y)
    return x + y
def main():
    r = yield from sub()
    print("result", r)
    yield from [10, 20]
    return "end"
g = main()
print(next(g))
print(g.send(1))
print(g.send(2))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return", e.value)
def inner():
    try:
        yield 1
    except KeyError:
        print("inner caught")
        yield 2
def outer():
    yield from inner()
o = outer()
next(o)
print(o.throw(KeyError))
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, [4]], 5]])))
