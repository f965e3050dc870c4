# 191_docs_timeout_handled: the docs' asyncio.timeout example: the TimeoutError is caught outside the async with block
# topic: docs
import asyncio

async def long_running_task():
    print("long_running_task: start")
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("long_running_task: cancelled by the timeout")
        raise

async def main():
    try:
        async with asyncio.timeout(10):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")
    print("now:", asyncio.get_running_loop().time())

asyncio.run(main())
