# 030_notebook: a notebook-style file; tasks blocked forever are closed at exit
# topic: runtime core
import asyncio
async def stuck():
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        print("finally of stuck")
t = asyncio.create_task(stuck())
await asyncio.sleep(0)
print("end of file")
