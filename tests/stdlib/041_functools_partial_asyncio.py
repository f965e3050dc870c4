import asyncio
from functools import partial, wraps


def on_done(label, fut):
    print("done callback", label, fut.result())


def log_calls(func):
    @wraps(func)
    async def wrapper(*args, **kwargs):
        print("->", func.__name__, args)
        result = await func(*args, **kwargs)
        print("<-", func.__name__, result)
        return result
    return wrapper


@log_calls
async def compute(x, factor=2):
    await asyncio.sleep(0)
    return x * factor


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(partial(print, "called soon", sep=":"))
    t = asyncio.create_task(compute(3))
    t.add_done_callback(partial(on_done, "task"))
    await t
    triple = partial(compute, factor=3)
    print(await triple(4), compute.__name__, compute.__wrapped__.__name__)
    results = await asyncio.gather(*map(partial(compute, factor=10), range(3)))
    print(results)
    await asyncio.sleep(0)


asyncio.run(main())
