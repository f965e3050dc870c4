# 212_wait_for_waits_for_cleanup: wait_for cancels the timed-out task and waits for its slow cleanup before raising
# topic: wait_for
import asyncio

async def slow_op():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.5)
        print("cleanup done")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(slow_op(), timeout=1)
    except asyncio.TimeoutError:
        print(f"timed out, raised at {loop.time() - t0}")
    result = await asyncio.wait_for(asyncio.sleep(0.5, result="fast"), timeout=1)
    print(result, loop.time() - t0)

asyncio.run(main())
