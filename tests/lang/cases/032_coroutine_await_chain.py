# awaiting coroutines from coroutines, exceptions crossing await
import types
@types.coroutine
def tick():
    yield "tick"
async def leaf(x):
    await tick()
    if x < 0:
        raise ValueError("negative")
    return x * 2
async def middle(x):
    try:
        return await leaf(x) + 1
    except ValueError as e:
        return f"handled {e}"
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return steps, e.value
print(run(middle(5)))
print(run(middle(-1)))
