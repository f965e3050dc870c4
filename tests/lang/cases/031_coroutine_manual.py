# driving a coroutine by hand with send(), like an event loop does
import types
@types.coroutine
def suspend(tag):
    value = yield tag
    return value
async def task(name):
    print(name, "start")
    got = await suspend(name + ":1")
    print(name, "resumed with", got)
    got2 = await suspend(name + ":2")
    return f"{name} done {got2}"
coro = task("A")
print(type(coro).__name__)
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(20)
except StopIteration as e:
    print("result:", e.value)
