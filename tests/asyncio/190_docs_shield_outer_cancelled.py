# 190_docs_shield_outer_cancelled: shield: cancelling the task awaiting shield(something()) leaves something() running
# topic: shield
import asyncio

async def something():
    print("something: start")
    await asyncio.sleep(2)
    print("something: finished")
    return "result"

async def caller(inner):
    try:
        res = await asyncio.shield(inner)
        print("caller got", res)
    except asyncio.CancelledError:
        print("caller: cancelled, but something() keeps going")
        raise

async def main():
    inner = asyncio.create_task(something())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("main: outer cancelled:", outer.cancelled())
    print("inner done?", inner.done())
    print("inner result:", await inner)

asyncio.run(main())
