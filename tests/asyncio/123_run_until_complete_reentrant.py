# 123_run_until_complete_reentrant: run_until_complete inside a running loop raises RuntimeError
# topic: event-loop
import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as err:
        print("RuntimeError:", err)
    print("awaiting it normally:", await coro)
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as err:
        print("RuntimeError:", err)
    coro.close()


asyncio.run(main())
