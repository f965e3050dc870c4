# 050_cancel_before_start: a task cancelled before its first step never runs its body
# topic: cancellation
import asyncio


async def body():
    print("body started (should not happen)")


async def main():
    t = asyncio.create_task(body())
    print("cancel ->", t.cancel())
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel again ->", t.cancel())


asyncio.run(main())
