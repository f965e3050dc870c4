# 132_notebook_uncaught_error: an uncaught exception at the top level of a notebook-style file prints a traceback
# topic: notebook
# EXPECT-ERROR
import asyncio


async def lookup(key):
    await asyncio.sleep(0.1)
    return {"a": 1}[key]


print(await lookup("a"))
print(await lookup("b"))
print("not reached")
