# 107_yield_from_delegation: yield from forwards values, sends and the sub-generator's return value
# topic: generators


def sub():
    x = yield "sub-1"
    print("sub got", x)
    y = yield "sub-2"
    print("sub got", y)
    return x + y


def outer():
    result = yield from sub()
    print("sub returned", result)
    yield "outer"


g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(list(g))
