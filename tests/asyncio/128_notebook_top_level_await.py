# 128_notebook_top_level_await: a file with top-level await runs as Task-1 on one loop
# topic: notebook
import asyncio


async def fetch(x):
    await asyncio.sleep(0.1)
    return x * 2


print(await fetch(21))
print(asyncio.current_task().get_name())
print(await asyncio.gather(fetch(1), fetch(2)))
loop = asyncio.get_running_loop()
print(loop is asyncio.get_event_loop())
