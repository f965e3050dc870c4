# 126_callback_exception_default_handler: without a handler, asyncio logs "Exception in callback" with the traceback on stderr
# topic: event-loop
import asyncio


def bad_callback(x):
    return 1 / x


async def main():
    asyncio.get_running_loop().call_soon(bad_callback, 0)
    await asyncio.sleep(0.1)
    print("loop survived")


asyncio.run(main())
