# 031_barrier_runner: Barrier wait/abort/reset; a Runner runs twice in one context
# topic: barriers
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives,", barrier.n_waiting, "waiting")
    index = await barrier.wait()
    print(name, "passes with index", index)


async def doomed(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", e)


async def first():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.broken)
    await asyncio.gather(party(barrier, "a", 1), party(barrier, "b", 3), party(barrier, "c", 2))
    b2 = asyncio.Barrier(3)
    ts = [asyncio.create_task(doomed(b2, n)) for n in ("x", "y")]
    await asyncio.sleep(1)
    print("waiting", b2.n_waiting)
    await b2.abort()
    await asyncio.gather(*ts)
    print("broken", b2.broken)
    b3 = asyncio.Barrier(2)
    t = asyncio.create_task(doomed(b3, "r"))
    await asyncio.sleep(0)
    await b3.reset()
    await t
    print("after reset broken?", b3.broken, b3.n_waiting)
    var.set("set in first run")
    return "first"


async def second():
    print("second sees", var.get())
    return "second"


with asyncio.Runner() as runner:
    print(runner.run(first()))
    print(runner.run(second()))
