# 209_docs_dev_never_retrieved: the developing-with-asyncio docs: a task's exception nobody retrieved is logged
# topic: warnings
import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())

asyncio.run(main())
print("program ends normally")
