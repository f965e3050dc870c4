# a coroutine's return value arrives in StopIteration.value
async def compute(a, b):
    return a ** b
c = compute(2, 10)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, type(e).__name__, e.args)
