# 179_condition_wait_cancelled_reacquires: a task cancelled in Condition.wait() re-acquires the lock before CancelledError reaches it
# topic: conditions
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled in wait(); holding the lock again:", cond.locked())
            raise
    print("not reached")


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    await cond.acquire()  # hold the lock so the cancelled waiter must wait to re-acquire it
    t.cancel()
    await asyncio.sleep(0.1)
    print("waiter still re-acquiring; done?", t.done())
    cond.release()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled(), "lock free:", not cond.locked())


asyncio.run(main())
