# 072_taskgroup_body_waits: tasks start when the body first suspends, and the group exits after the last one
# topic: taskgroup
import asyncio
import time

T0 = time.monotonic()


async def job(name, delay):
    print(f"{time.monotonic() - T0:.1f} start {name}")
    await asyncio.sleep(delay)
    print(f"{time.monotonic() - T0:.1f} end {name}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("a", 0.5))
        print("body: created a")
        await asyncio.sleep(0.2)
        tg.create_task(job("b", 0.5))
        print("body: created b")
    print(f"{time.monotonic() - T0:.1f} group done")


asyncio.run(main())
