# 019_lifetime: a failing callback goes to the exception handler and the loop continues (2.1-19)
# topic: runtime core
import asyncio


def bad_callback():
    raise ValueError("callback failed")


async def failing():
    raise KeyError("lost")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, ctx: print("handler:", repr(ctx.get("exception"))))
    loop.call_soon(bad_callback)
    loop.call_soon(print, "next callback runs")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print("task done", t.done())
    del t
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
