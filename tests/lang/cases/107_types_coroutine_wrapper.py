# __await__ returns an iterator; coroutine wrapper protocol
async def inner():
    return "inner value"
c = inner()
w = c.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print(e.value)
