# 210_docs_dev_never_awaited: the developing-with-asyncio docs: calling a coroutine function without await warns
# topic: warnings
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())
