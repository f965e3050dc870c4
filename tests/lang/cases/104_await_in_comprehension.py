# await inside comprehensions and async for inside async functions
import types
@types.coroutine
def nop():
    yield
async def double(x):
    await nop()
    return x * 2
async def main():
    vals = [await double(i) for i in range(3)]
    d = {i: await double(i) for i in range(2)}
    return vals, d
c = main()
while True:
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
        break
