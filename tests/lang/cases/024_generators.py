# generators: next, send, return value, StopIteration
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print(s.value)
print(next(count(0), "empty"))
gen = (x * x for x in range(5))
print(gen.__class__.__name__, sum(gen))
