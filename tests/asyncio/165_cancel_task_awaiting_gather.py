# 165_cancel_task_awaiting_gather: cancelling a task blocked on gather cancels the gathered children
# topic: gather
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("c1"), child("c2"))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print(p.cancelled())


asyncio.run(main())
