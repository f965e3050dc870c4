# yield from collects return values through several levels
def leaf(n):
    yield n
    return n * 2
def mid(n):
    a = yield from leaf(n)
    b = yield from leaf(a)
    return a + b
def top():
    total = yield from mid(1)
    print("total", total)
print(list(top()))
