# 119_run_cancels_leftover_task: asyncio.run cancels a task still pending when main returns, after main's last line
# topic: run
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background: cancelled by asyncio.run")
        await asyncio.sleep(0.1)
        print("background: cleanup finished")
        raise


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    print("main returns")
    return "result"


print(asyncio.run(main()))
