# 129_notebook_background_task_continues: in notebook style, background tasks keep running after the last line
# topic: notebook
import asyncio
import time

T0 = time.monotonic()


async def background():
    for i in range(3):
        await asyncio.sleep(0.3)
        print(f"{time.monotonic() - T0:.1f} background {i}")


task = asyncio.create_task(background(), name="bg")
await asyncio.sleep(0.5)
print(f"{time.monotonic() - T0:.1f} last line of the file; bg done? {task.done()}")
