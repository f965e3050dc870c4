# 009_shield: cancelling the awaiter cancels only the outer future (2.1-9)
# topic: shield
import asyncio


async def work(n):
    await asyncio.sleep(1)
    print("work finished", n)
    return 42


async def awaiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("awaiter cancelled")
        raise


async def main():
    inner = asyncio.create_task(work(1))
    t = asyncio.create_task(awaiter(inner))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    print("inner result", await inner)
    inner2 = asyncio.create_task(work(2))
    outer = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too", outer.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    print("shield of done is itself", asyncio.shield(done) is done)


asyncio.run(main())
