# 022_gather_return_exceptions: with return_exceptions=True errors are returned in place of results
# topic: gather
import asyncio


async def ok(x):
    await asyncio.sleep(0.1)
    return x


async def fail(exc):
    await asyncio.sleep(0.05)
    raise exc


async def main():
    results = await asyncio.gather(ok(1), fail(ValueError("v")), ok(3), fail(KeyError("k")),
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
