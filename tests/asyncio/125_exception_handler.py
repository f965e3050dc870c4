# 125_exception_handler: an exception in a callback goes to the loop's exception handler and the loop carries on
# topic: event-loop
import asyncio


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


def bad_callback():
    raise ZeroDivisionError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.1)
    loop.set_exception_handler(None)
    print("main done")


asyncio.run(main())
