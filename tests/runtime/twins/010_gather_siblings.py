# 010_gather_siblings: on a child failure gather raises at once, siblings keep running (2.1-10)
# topic: gather
import asyncio


async def ok(name, d):
    await asyncio.sleep(d)
    print("ok", name)
    return name


async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("boom")


async def main():
    a = asyncio.create_task(ok("a", 2))
    try:
        await asyncio.gather(a, bad(1), ok("c", 3))
    except ValueError as e:
        print("gather raised", repr(e), "a done", a.done())
    await asyncio.sleep(3)
    print("a result", a.result())
    r = await asyncio.gather(ok("x", 1), bad(0.5), return_exceptions=True)
    print("with return_exceptions", r)
    r = await asyncio.gather(a, a)
    print("duplicates", r)
    print("empty", await asyncio.gather())


asyncio.run(main())
