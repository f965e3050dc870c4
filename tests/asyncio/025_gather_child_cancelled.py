# 025_gather_child_cancelled: a child cancelled on its own makes gather raise CancelledError, or appear as one with return_exceptions
# topic: gather
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def main():
    t = asyncio.create_task(sleeper(1))
    u = asyncio.create_task(sleeper(0.2))
    asyncio.get_running_loop().call_later(0.1, t.cancel)
    try:
        await asyncio.gather(t, u)
    except asyncio.CancelledError:
        print("gather raised CancelledError; u done?", u.done())

    t = asyncio.create_task(sleeper(1))
    asyncio.get_running_loop().call_later(0.1, t.cancel, "stop it")
    results = await asyncio.gather(t, sleeper(0.2), return_exceptions=True)
    print([type(r).__name__ for r in results], results[1])


asyncio.run(main())
