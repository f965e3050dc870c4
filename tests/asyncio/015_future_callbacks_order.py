# 015_future_callbacks_order: done callbacks run in registration order, through call_soon, never inline
# topic: futures
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def cb(name):
        def inner(f):
            print(f"callback {name}: result={f.result()}")
        return inner

    first, second, third = cb("1"), cb("2"), cb("3")
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(third)
    print("removed:", fut.remove_done_callback(second))
    fut.set_result("R")
    print("set_result returned; no callback has run yet")
    fut.add_done_callback(cb("late"))  # on a done future: also scheduled, not run inline
    print("late callback added")
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())
