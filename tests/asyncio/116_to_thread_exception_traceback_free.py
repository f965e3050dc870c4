# 116_to_thread_exception_traceback_free: an exception from a worker thread can be handled in the coroutine like any other
# topic: threads
import asyncio
import time


def flaky(attempt):
    time.sleep(0.1)
    if attempt < 2:
        raise ConnectionError(f"attempt {attempt}")
    return "ok"


async def main():
    for attempt in range(3):
        try:
            print(await asyncio.to_thread(flaky, attempt))
            break
        except ConnectionError as err:
            print("retrying after", repr(err))


asyncio.run(main())
