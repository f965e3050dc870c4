# async generators driven by hand through __anext__/asend
import types
@types.coroutine
def pause():
    yield "pause"
async def agen(n):
    for i in range(n):
        await pause()
        yield i * 10
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
c = consume()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as e:
        print(e.value, steps)
        break
async def comp():
    return [x async for x in agen(2)]
c = comp()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
