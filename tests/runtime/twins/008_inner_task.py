# 008_inner_task: cancelling a task that awaits a task cancels the inner one (2.1-8)
# topic: cancellation
import asyncio


async def swallow():
    for i in range(2):
        try:
            await asyncio.sleep(1)
            print("inner slept")
        except asyncio.CancelledError:
            print("inner swallowed", i)
    return "inner result"


async def outer(inner):
    r = await inner
    print("outer got", r)
    return r


async def main():
    inner = asyncio.create_task(swallow())
    out = asyncio.create_task(outer(inner))
    await asyncio.sleep(0)
    out.cancel()
    await asyncio.sleep(0)
    print("outer cancelling", out.cancelling(), "done", out.done())
    out.cancel()
    await asyncio.sleep(0)
    print("outer cancelling", out.cancelling(), "done", out.done())
    print(await out)
    print("inner done", inner.done(), inner.result())


asyncio.run(main())
