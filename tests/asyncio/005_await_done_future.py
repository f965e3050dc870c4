# 005_await_done_future: awaiting a future that is already done does not suspend
# topic: futures
import asyncio


async def other():
    print("other runs")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    asyncio.create_task(other())
    print("await done future ->", await fut)
    print("await it again ->", await fut)
    print("main: other has not run yet")
    pending = loop.create_future()
    loop.call_soon(pending.set_result, "later")
    print("await pending future ->", await pending)


asyncio.run(main())
