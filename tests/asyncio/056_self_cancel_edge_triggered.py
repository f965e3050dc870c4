# 056_self_cancel_edge_triggered: after cancelling itself a task keeps running until its next real suspension
# topic: cancellation
import asyncio


async def main_task():
    me = asyncio.current_task()
    me.cancel()
    print("still running after cancel()")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done")
    print("awaiting a done future does not suspend:", await fut)
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("CancelledError at the first real suspension")
    await asyncio.sleep(0)
    print("only one CancelledError is delivered")


asyncio.run(main_task())
