# asend passes values into an async generator
async def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return
        total += v
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "stopped"
a = acc()
print(step(a.asend(None)), step(a.asend(5)), step(a.asend(7)), step(a.asend(None)))
