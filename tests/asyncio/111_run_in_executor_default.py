# 111_run_in_executor_default: loop.run_in_executor(None, f, *args) uses the default thread pool
# topic: threads
import asyncio
import time


def work(name, seconds):
    time.sleep(seconds)
    return f"{name} slept {seconds}"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, work, "job", 0.3)
    print(type(fut).__name__, asyncio.isfuture(fut))
    print(await fut)


asyncio.run(main())
