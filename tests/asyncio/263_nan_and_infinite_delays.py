# 263_nan_and_infinite_delays: a NaN delay is due at once, an infinite one never comes due
# topic: timeouts
# (CPython's timer heap cannot order a NaN deadline against other timers, so each NaN case runs
# on a fresh loop, where it is due at the next iteration.)
import asyncio

nan = float("nan")
inf = float("inf")
order = []


async def nan_timers():
    loop = asyncio.get_running_loop()
    h = loop.call_later(nan, order.append, "later nan")
    loop.call_soon(order.append, "soon")
    print("nan handle when:", h.when())
    await asyncio.sleep(0)
    print("after sleep(0):", loop.time(), order)


async def nan_sleep():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(nan, "nan result"), loop.time())


async def nan_wait_for():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(asyncio.sleep(1, "slow"), timeout=nan)
    except TimeoutError:
        print("wait_for(nan): TimeoutError at", loop.time())


async def nan_timeout():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(nan):
            await asyncio.sleep(1)
        print("timeout(nan): no timeout")
    except TimeoutError:
        print("timeout(nan): TimeoutError at", loop.time())


async def infinite():
    loop = asyncio.get_running_loop()
    h = loop.call_later(inf, order.append, "later inf")
    print("inf handle when:", h.when())
    await asyncio.sleep(0.5)
    h.cancel()
    print("after sleep(0.5):", loop.time(), order)
    print("wait_for(inf):", await asyncio.wait_for(asyncio.sleep(2, "done"), timeout=inf), loop.time())
    print("wait_for(1e300):", await asyncio.wait_for(asyncio.sleep(1, "done"), timeout=1e300))
    async with asyncio.timeout(inf) as cm:
        await asyncio.sleep(1)
    print("timeout(inf):", cm.when(), cm.expired(), loop.time())
    async with asyncio.timeout_at(inf):
        await asyncio.sleep(1)
    print("timeout_at(inf): fine at", loop.time())
    task = asyncio.create_task(asyncio.sleep(inf))
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("sleep(inf) cancelled at", loop.time())
    try:
        await asyncio.wait_for(asyncio.sleep(inf), timeout=3)
    except TimeoutError:
        print("wait_for(sleep(inf), 3): TimeoutError at", loop.time())
    print(order)


for main in (nan_timers, nan_sleep, nan_wait_for, nan_timeout, infinite):
    asyncio.run(main())
