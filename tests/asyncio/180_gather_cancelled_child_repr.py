# 180_gather_cancelled_child_repr: with return_exceptions, a child cancelled with a message appears as a CancelledError in the results
# topic: gather
import asyncio


async def child():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(child())
    asyncio.get_running_loop().call_later(0.1, t.cancel, "the message")
    results = await asyncio.gather(t, return_exceptions=True)
    print([repr(r) for r in results])
    try:
        t.result()
    except asyncio.CancelledError as err:
        print("the task itself:", repr(err))


asyncio.run(main())
