# 004_await_coroutine_is_inline: awaiting a coroutine that never suspends lets no other task run
# topic: scheduling
import asyncio


async def compute(x):
    return x * 2  # no await: never suspends


async def other():
    print("other task runs")


async def main():
    asyncio.create_task(other())
    total = 0
    for i in range(3):
        total += await compute(i)
        print("main computed", total)
    print("main: still nobody else ran")
    await asyncio.sleep(0)
    print("main: after sleep(0)")


asyncio.run(main())
