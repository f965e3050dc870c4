# 196_docs_run_coroutine_threadsafe_worker: the docs' run_coroutine_threadsafe example: a thread submits a coroutine and waits on the concurrent Future
# topic: threads
import asyncio
import time

async def add(a, b):
    await asyncio.sleep(1)
    return a + b

def in_thread(loop):
    # Submit the coroutine to a given loop
    future = asyncio.run_coroutine_threadsafe(add(1, 2), loop)

    # Wait for the result with an optional timeout argument
    assert future.result(5) == 3
    print("thread got", future.result(), "done:", future.done())
    return "thread finished"

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    result = await asyncio.to_thread(in_thread, loop)
    print(result, "after", round(time.monotonic() - t0, 1))

asyncio.run(main())
