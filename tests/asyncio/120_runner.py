# 120_runner: asyncio.Runner runs several coroutines on one loop and closes it at the end
# topic: run
import asyncio


async def where():
    return id(asyncio.get_running_loop())


async def step(x):
    await asyncio.sleep(0.1)
    return x + 1


with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    print("same loop:", runner.run(where()) == runner.run(where()))
    loop = runner.get_loop()
    print("closed inside:", loop.is_closed())
print("closed after:", loop.is_closed())
coro = step(3)
try:
    runner.run(coro)
except RuntimeError as err:
    print("RuntimeError:", err)
    coro.close()
