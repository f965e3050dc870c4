# 246_exception_handler_custom: a custom loop exception handler receives the message and exception of a failing callback and of a never-retrieved task
# topic: errors
import asyncio

def handler(loop, context):
    print("handler:", context["message"], "|", repr(context.get("exception")))

def bad_callback():
    raise RuntimeError("callback failed")

async def forgotten():
    raise KeyError("lost")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom report"})
    print("main done")

asyncio.run(main())
