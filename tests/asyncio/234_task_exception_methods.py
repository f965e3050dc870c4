# 234_task_exception_methods: exception() and result() of pending, failed and cancelled tasks
# topic: tasks
import asyncio

async def fails():
    raise ZeroDivisionError("division by zero here")

async def forever():
    await asyncio.sleep(100)

async def main():
    t = asyncio.create_task(fails())
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("pending exception():", e)
    await asyncio.sleep(0)
    print(repr(t.exception()))
    try:
        t.result()
    except ZeroDivisionError as e:
        print("result() re-raises:", e)
    print(t)
    c = asyncio.create_task(forever())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled task raises CancelledError")
    print(c)

asyncio.run(main())
