# 023_gather_error_siblings_continue: the first error is raised at once; the other children are not cancelled
# topic: gather
import asyncio


async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("first failure")


async def slow(name):
    await asyncio.sleep(0.3)
    print(f"{name} still finished")
    return name


async def main():
    s1 = asyncio.create_task(slow("s1"))
    try:
        await asyncio.gather(fail(), s1, slow("s2"))
    except ValueError as err:
        print("gather raised", repr(err), "; s1 done?", s1.done())
    await asyncio.sleep(0.5)
    print("s1 result:", s1.result())


asyncio.run(main())
