# 032_wait_first_completed: FIRST_COMPLETED returns after one task; the others stay pending and uncancelled
# topic: wait
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    a = asyncio.create_task(job("a", 0.3))
    b = asyncio.create_task(job("b", 0.1))
    c = asyncio.create_task(job("c", 0.2))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    print("a cancelled?", a.cancelled(), "c done?", c.done())
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    await a
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
