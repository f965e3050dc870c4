# 189_gather_return_exceptions_mixed: gather with return_exceptions=True returns exceptions in place; without it the first error propagates and the others keep running
# topic: gather
import asyncio

async def ok(n, delay):
    await asyncio.sleep(delay)
    print(f"ok({n}) finished")
    return n

async def fail(msg, delay):
    await asyncio.sleep(delay)
    print(f"fail({msg!r}) raising")
    raise ValueError(msg)

async def main():
    results = await asyncio.gather(ok(1, 0.2), fail("boom", 0.1), ok(3, 0.3),
                                   return_exceptions=True)
    print(results)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)

    t1 = asyncio.create_task(ok(10, 0.3))
    t2 = asyncio.create_task(fail("bad", 0.1))
    try:
        await asyncio.gather(t1, t2)
    except ValueError as e:
        print("gather raised", repr(e), "t1 done?", t1.done())
    await asyncio.sleep(0.5)
    print("t1 result", t1.result())

asyncio.run(main())
