# 130_notebook_async_with_for: top-level async with and async for in a notebook-style file
# topic: notebook
import asyncio


async def gen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i


lock = asyncio.Lock()
async with lock:
    print("locked:", lock.locked())
async for i in gen():
    print("item", i)
print([i async for i in gen()])
try:
    async with asyncio.timeout(0.1):
        await asyncio.sleep(1)
except TimeoutError:
    print("top-level timeout")
