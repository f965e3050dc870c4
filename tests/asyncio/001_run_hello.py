# 001_run_hello: asyncio.run runs a coroutine and returns its value
# topic: run
import asyncio


async def main():
    print("hello")
    await asyncio.sleep(0.1)
    print("world")
    return 42


result = asyncio.run(main())
print("asyncio.run returned", result)
