# 110_to_thread_kwargs_exception: to_thread passes keyword arguments and re-raises the function's exception
# topic: threads
import asyncio


def parse(text, *, base=10):
    return int(text, base)


async def main():
    print(await asyncio.to_thread(parse, "ff", base=16))
    try:
        await asyncio.to_thread(parse, "zz")
    except ValueError as err:
        print("ValueError:", err)


asyncio.run(main())
