# 223_course_cancel_with_message: cancel(msg) delivers the message, cleanup in finally, cancelling() counts requests
# topic: cancellation
import asyncio

async def worker():
    try:
        while True:
            print("working")
            await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, "cancelling():", asyncio.current_task().cancelling())
        raise
    finally:
        print("worker cleanup")

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(2.5)
    print("cancel returns", task.cancel("shutting down"))
    print("cancelling:", task.cancelling())
    try:
        await task
    except asyncio.CancelledError as e:
        print("main caught", e.args)
    print("cancel again returns", task.cancel())
    print(task.cancelled(), task)
    try:
        task.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)

asyncio.run(main())
