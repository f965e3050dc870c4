# 239_run_in_executor_partial: run_in_executor takes positional args only; keyword args go through functools.partial
# topic: threads
import asyncio
import functools

def compute(a, b, *, scale=1):
    return (a + b) * scale

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, compute, 2, 3))
    print(await loop.run_in_executor(None, functools.partial(compute, 2, 3, scale=10)))
    print(await asyncio.to_thread(compute, 1, 1, scale=5))
    results = await asyncio.gather(*(loop.run_in_executor(None, compute, i, i) for i in range(4)))
    print(results)
    try:
        await loop.run_in_executor(None, compute, 1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
