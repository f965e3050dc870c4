# 245_notebook_reentrant_run_refused: in a notebook-style file the loop is already running, so run_until_complete and asyncio.run raise RuntimeError
# topic: notebook
import asyncio

async def work():
    await asyncio.sleep(1)
    return "done"

loop = asyncio.get_event_loop()
print(loop.is_running(), asyncio.current_task().get_name())
c = work()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
print(await c)
print(loop.time())
