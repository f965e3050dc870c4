# to_thread: blocking I/O without blocking the loop
# topic: threads
#
# A function that blocks (here `time.sleep`, standing in for a file or network call) would stop the
# whole event loop. `asyncio.to_thread` runs it in a worker thread and gives back an awaitable,
# so the loop keeps serving other tasks: this is the example from the asyncio documentation.
import asyncio
import threading
import time


def blocking_io():
    print(f"start blocking_io at {time.strftime('%X')} in {threading.current_thread().name}")
    # time.sleep() can be replaced with any blocking IO-bound operation, such as file operations.
    time.sleep(1)
    print(f"blocking_io complete at {time.strftime('%X')}")
    return "file contents"


async def main():
    print(f"started main at {time.strftime('%X')}")
    results = await asyncio.gather(asyncio.to_thread(blocking_io), asyncio.sleep(1))
    print(f"finished main at {time.strftime('%X')} with {results}")

    # Two blocking calls in two threads overlap: 2 s in total, not 4 s.
    start = time.monotonic()
    await asyncio.gather(asyncio.to_thread(time.sleep, 2), asyncio.to_thread(time.sleep, 2))
    print(f"two 2-second blocking calls took {time.monotonic() - start:.1f} s")


asyncio.run(main())
