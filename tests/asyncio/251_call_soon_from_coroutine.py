# 251_call_soon_from_coroutine: callbacks scheduled from a coroutine run at its next suspension, before tasks created after them
# topic: scheduling
import asyncio

def cb(msg):
    print("callback", msg)

async def task_body(n):
    print("task", n)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    asyncio.create_task(task_body(1))
    loop.call_soon(cb, 2)
    print("before sleep")
    await asyncio.sleep(0)
    print("after first sleep")
    await asyncio.sleep(0)
    h = loop.call_later(0.1, cb, "later")
    print(h.when() >= loop.time())
    await asyncio.sleep(0.2)
    print("done")

asyncio.run(main())
