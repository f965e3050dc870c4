# 005_what_suspends: awaiting a coroutine or a done future does not suspend (2.1-5)
# topic: runtime core
import asyncio


async def inner():
    print("inner runs inline")
    return 7


async def other():
    print("other runs")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(other())
    v = await inner()
    print("got", v)
    done = loop.create_future()
    done.set_result(3)
    print("done future gives", await done)
    print("still before other")
    await asyncio.sleep(0)
    print("after a real suspension")
    await t


asyncio.run(main())
