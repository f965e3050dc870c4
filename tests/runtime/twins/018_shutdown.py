# 018_shutdown: asyncio.run cancels leftover tasks; their finally blocks print after main (2.1-18)
# topic: runtime core
import asyncio


async def background(name):
    try:
        await asyncio.sleep(100)
    finally:
        print("finally of", name)


async def main():
    asyncio.create_task(background("bg"))
    await asyncio.sleep(1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
