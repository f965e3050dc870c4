# 150_docs_timeout_reschedule: the docs' timeout example with a deadline set later via reschedule
# topic: docs
import asyncio


async def long_running_task():
    await asyncio.sleep(10)
    return "done"


async def main():
    try:
        # We do not know the timeout when starting, so we pass ``None``.
        async with asyncio.timeout(None) as cm:
            # We know the timeout now, so we reschedule it.
            new_deadline = asyncio.get_running_loop().time() + 1
            cm.reschedule(new_deadline)

            await long_running_task()
    except TimeoutError:
        pass

    if cm.expired():
        print("Looks like we haven't finished on time.")

asyncio.run(main())
