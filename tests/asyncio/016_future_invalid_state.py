# 016_future_invalid_state: result() too early, set_result twice, and cancel() on a done future
# topic: futures
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as err:
        print("InvalidStateError:", err)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as err:
        print("InvalidStateError:", err)
    print("cancel a done future ->", fut.cancel())
    print("done/cancelled:", fut.done(), fut.cancelled())
    c = loop.create_future()
    print("cancel ->", c.cancel(), "again ->", c.cancel())
    try:
        c.result()
    except asyncio.CancelledError:
        print("result() of a cancelled future raises CancelledError")
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() too")
    e = loop.create_future()
    try:
        e.set_exception(StopIteration())
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(main())
