# 173_functools_partial_callbacks: functools.partial as a callback for call_soon, add_done_callback and to_thread
# topic: event-loop
import asyncio
import functools


def log(prefix, *args, sep=" "):
    print(prefix, *args, sep=sep)


def power(base, exp):
    return base ** exp


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(functools.partial(log, "[soon]", sep="|"), 1, 2)
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(log, "[done]"))
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.to_thread(functools.partial(power, exp=3), 4))


asyncio.run(main())
