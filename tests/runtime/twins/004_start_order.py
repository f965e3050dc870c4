# 004_start_order: create_task does not run the child until the creator yields (2.1-4)
# topic: runtime core
import asyncio


async def child(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(child("a", 2))
    b = asyncio.create_task(child("b", 2))
    print("main before yield", a.get_name(), b.get_name())
    await asyncio.sleep(0)
    print("main after yield")
    await a
    print("main after a")
    await b
    print(a.result(), b.done())


asyncio.run(main())
