# 023_threads: to_thread lanes overlap the loop; time.sleep blocks the loop
# topic: threads
import asyncio
import time


def blocking(name, d):
    print("thread", name, "starts")
    time.sleep(d)
    print("thread", name, "ends")
    return name


async def ticker():
    for i in range(4):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(asyncio.to_thread(blocking, "a", 2.5), asyncio.to_thread(blocking, "b", 1.5), ticker())
    print(r, loop.time())
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("blocking the loop")
    time.sleep(2.5)
    print("unblocked", loop.time())
    await t
    print("end", loop.time())


asyncio.run(main())
