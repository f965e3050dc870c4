# 066_taskgroup_create_after_abort: after a failure, create_task raises RuntimeError and the coroutine is closed
# topic: taskgroup
import asyncio


async def fails():
    raise ValueError("early")


async def late():
    print("late ran (not printed)")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled")
                coro = late()
                try:
                    tg.create_task(coro)
                except RuntimeError as err:
                    print("RuntimeError:", err)
                    coro.close()  # 3.11 leaves the refused coroutine to us
                raise
    except* ValueError as eg:
        print("group:", eg.exceptions)


asyncio.run(main())
