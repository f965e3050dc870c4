# Notebook style: top-level async with and async for
# topic: notebook
#
# Notebook cells may also use `async with` and `async for` at the top level, for example to hold a
# lock or a timeout scope, or to consume an async generator. Everything runs in the cell's task on
# the notebook's loop.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def readings(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield 20 + i * 0.5


lock = asyncio.Lock()
async with lock:
    log(f"holding the lock at top level: {lock.locked()}")
log(f"released: {lock.locked()}")

async for value in readings(3):
    log(f"sensor: {value:.1f} C")

print([round(v, 1) async for v in readings(2)])

try:
    async with asyncio.timeout(1.0):
        async for value in readings(10):
            log(f"streaming {value:.1f}")
except TimeoutError:
    log("stream stopped by the timeout")
