# 160_sleep_wakeup_iteration_cost: timers armed at the same instant fire in arming order, before later sleep(0) steps
# topic: scheduling
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    events = []
    loop.call_later(0.1, events.append, "timer callback")

    async def sleeper():
        await asyncio.sleep(0.1)
        events.append("sleeper resumed")

    async def spinner():
        for i in range(4):
            await asyncio.sleep(0)
            events.append(f"spin {i}")

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    events.append("main resumed")
    await asyncio.gather(t, spinner())
    print(events)


asyncio.run(main())
