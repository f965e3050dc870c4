# 019_iscoroutine_checks: iscoroutinefunction, iscoroutine and isfuture on the usual suspects
# topic: introspection
import asyncio
import types


async def native():
    return 1


@types.coroutine
def generator_based():
    yield


def plain():
    return 2


async def main():
    coro = native()
    print(asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(plain))
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(plain()))
    print(asyncio.isfuture(coro))
    task = asyncio.create_task(coro)
    print(asyncio.isfuture(task), asyncio.iscoroutine(task))
    print(asyncio.isfuture(asyncio.get_running_loop().create_future()))
    print(asyncio.iscoroutinefunction(generator_based))
    print(await task)


asyncio.run(main())
