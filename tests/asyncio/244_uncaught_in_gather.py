# 244_uncaught_in_gather: an exception from a gathered coroutine ends asyncio.run with a traceback and exit status 1
# topic: errors
# EXPECT-ERROR
import asyncio

async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)

async def main():
    values = await asyncio.gather(parse("1"), parse("two"))
    print(values)

asyncio.run(main())
