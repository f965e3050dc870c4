# 169_exception_chaining_in_tasks: raise ... from ... and implicit context survive the trip through a task
# topic: exceptions
import asyncio


async def load():
    try:
        {}["config"]
    except KeyError as err:
        raise RuntimeError("cannot load") from err


async def save():
    try:
        1 / 0
    except ZeroDivisionError:
        raise OSError("cannot save")


async def main():
    for coro in (load(), save()):
        try:
            await asyncio.create_task(coro)
        except Exception as err:
            print(repr(err), "cause:", repr(err.__cause__), "context:", repr(err.__context__))


asyncio.run(main())
