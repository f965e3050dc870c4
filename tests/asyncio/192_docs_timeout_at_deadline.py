# 192_docs_timeout_at_deadline: the docs' timeout_at example: an absolute deadline 20 s after loop.time()
# topic: docs
import asyncio

async def long_running_task():
    await asyncio.sleep(30)

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("inside:", cm.when() == deadline, cm.expired())
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("expired:", cm.expired(), "at", loop.time())

    print("This statement will run regardless.")

asyncio.run(main())
