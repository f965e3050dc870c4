# 029_shield_inner_cancelled: if the shielded task itself is cancelled, the shield raises CancelledError too
# topic: shield
import asyncio


async def work():
    await asyncio.sleep(1)


async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_later(0.1, inner.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("shield raised CancelledError")
    print(inner.cancelled(), outer.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print(await asyncio.shield(done))


asyncio.run(main())
