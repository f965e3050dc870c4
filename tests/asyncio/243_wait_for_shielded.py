# 243_wait_for_shielded: wait_for around shield times out without cancelling the shielded task, which finishes later
# topic: shield
import asyncio

async def save():
    await asyncio.sleep(2)
    print("saved at", asyncio.get_running_loop().time())
    return "ok"

async def main():
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        print("timeout; task cancelled?", task.cancelled())
    print("result:", await task)

asyncio.run(main())
