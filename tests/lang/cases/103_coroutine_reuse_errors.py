# coroutine lifecycle errors
async def f():
    return 1
c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = f()
try:
    c2.send(5)
except TypeError as e:
    print("TypeError:", e)
c2.close()
def g():
    yield 1
gen = g()
try:
    gen.send("x")
except TypeError as e:
    print("TypeError:", e)
