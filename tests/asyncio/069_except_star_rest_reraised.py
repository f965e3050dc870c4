# 069_except_star_rest_reraised: errors not matched by any except* clause propagate in a smaller group
# topic: taskgroup
import asyncio


async def raise_it(exc):
    raise exc


async def main():
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(raise_it(ValueError(1)))
                tg.create_task(raise_it(OSError(2)))
        except* ValueError as eg:
            print("handled:", eg.exceptions)
    except* OSError as eg:
        print("outer handled the rest:", eg.exceptions)


asyncio.run(main())
