# 014_future_repr: Future repr when pending, with a result, with an exception, cancelled
# topic: reprs
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.set_result({"a": 1})
    print(f)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(g)
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(h)
    print(asyncio.Future(loop=loop))


asyncio.run(main())
