# An uncaught exception ends asyncio.run with a traceback
# topic: exceptions
# EXPECT-ERROR
#
# An exception that escapes the main coroutine propagates out of asyncio.run: Python prints the
# traceback, through every await on the way, and exits with status 1. Tasks still running are
# cancelled first.
import asyncio


async def parse(record):
    await asyncio.sleep(0.1)
    return int(record)


async def load(records):
    values = []
    for record in records:
        values.append(await parse(record))
        print(f"parsed {record!r}")
    return values


async def main():
    print(await load(["1", "2"]))
    print(await load(["3", "four", "5"]))


asyncio.run(main())
