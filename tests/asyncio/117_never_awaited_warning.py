# 117_never_awaited_warning: a coroutine created and dropped without await gives a RuntimeWarning on stderr
# topic: warnings
import asyncio


async def work():
    print("work ran (not printed)")


async def main():
    work()
    print("main continues")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
