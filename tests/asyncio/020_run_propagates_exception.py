# 020_run_propagates_exception: an exception escaping main comes out of asyncio.run and can be caught
# topic: run
import asyncio


async def main():
    await asyncio.sleep(0.1)
    raise LookupError("missing key")


try:
    asyncio.run(main())
except LookupError as err:
    print("caught outside asyncio.run:", repr(err))
print("program continues")
