# 131_notebook_run_is_error: inside a notebook-style file asyncio.run and run_until_complete raise RuntimeError
# topic: notebook
import asyncio


async def job():
    return "job"


coro = job()
try:
    asyncio.run(coro)
except RuntimeError as err:
    print("asyncio.run:", err)
try:
    asyncio.get_event_loop().run_until_complete(coro)
except RuntimeError as err:
    print("run_until_complete:", err)
print(await coro)
