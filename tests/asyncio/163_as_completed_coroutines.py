# 163_as_completed_coroutines: bare coroutines given to as_completed start in an unspecified order; results still come by completion time
# topic: as_completed
import asyncio

started = []


async def job(name, delay):
    started.append(name)  # start order follows a set: collect, do not print
    await asyncio.sleep(delay)
    return name


async def main():
    order = [await aw for aw in asyncio.as_completed([job("x", 0.3), job("y", 0.1), job("z", 0.2)])]
    print(order, sorted(started))


asyncio.run(main())
