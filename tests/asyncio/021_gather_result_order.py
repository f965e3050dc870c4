# 021_gather_result_order: gather returns results in argument order, whatever the finishing order
# topic: gather
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name


async def main():
    print(await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)))
    print(await asyncio.gather())
    print(await asyncio.gather(job("only", 0)))


asyncio.run(main())
