# 030_shield_wait_for: wait_for(shield(t)) times out without cancelling t, which completes later
# topic: shield
import asyncio
import time


async def save():
    await asyncio.sleep(0.5)
    print("saved")
    return "ok"


async def main():
    t0 = time.monotonic()
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), 0.2)
    except TimeoutError:
        print(f"timed out at {time.monotonic() - t0:.1f}, task cancelled? {task.cancelled()}")
    print(await task, f"at {time.monotonic() - t0:.1f}")


asyncio.run(main())
