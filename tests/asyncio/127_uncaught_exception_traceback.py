# 127_uncaught_exception_traceback: an exception escaping asyncio.run prints a traceback and exits 1
# topic: exceptions
# EXPECT-ERROR
import asyncio


async def inner():
    await asyncio.sleep(0.1)
    raise ValueError("bad value")


async def main():
    print("before")
    await inner()
    print("not reached")


asyncio.run(main())
