# Notebook style: top-level await
# topic: notebook
#
# In a Jupyter notebook the event loop is already running, so a cell can `await` directly without
# asyncio.run(); the cell itself runs as a task. Tasks it starts in the background keep running
# after the cell has finished, until they are done.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} ({seconds} s)"


async def background_job():
    for i in range(4):
        await asyncio.sleep(0.7)
        log(f"background job: tick {i}")
    log("background job: done")


log(await fetch("first", 0.5))
log(f"this cell runs as {asyncio.current_task().get_name()}")
results = await asyncio.gather(fetch("a", 1.0), fetch("b", 0.5))
log(f"gather: {results}")
job = asyncio.create_task(background_job())
await asyncio.sleep(1.0)
log("end of the cell; the background job keeps going")
nested = fetch("nested", 1)
try:
    asyncio.run(nested)
except RuntimeError as err:
    log(f"asyncio.run inside a running loop: {err}")
    nested.close()  # it never ran; closing it avoids a 'never awaited' warning
