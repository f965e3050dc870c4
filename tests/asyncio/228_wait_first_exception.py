# 228_wait_first_exception: wait(FIRST_EXCEPTION) returns at the first failure; the exception is retrieved from the done task
# topic: wait
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

async def main():
    tasks = [asyncio.create_task(job("a", 1)), asyncio.create_task(job("b", 2, fail=True)),
             asyncio.create_task(job("c", 3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("time", asyncio.get_running_loop().time())
    for t in tasks:
        if t in done:
            exc = t.exception()
            print("done:", repr(exc) if exc else t.result())
        else:
            print("pending:", t.get_coro().__name__)
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
