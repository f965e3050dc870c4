# 009_call_at_loop_time: call_at schedules on loop.time(); TimerHandle.when() is that deadline
# topic: event-loop
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fired = []
    h1 = loop.call_at(start + 1.0, fired.append, "one")
    h2 = loop.call_at(start + 0.5, fired.append, "half")
    print("when() offsets:", round(h1.when() - start, 3), round(h2.when() - start, 3))
    await asyncio.sleep(0.7)
    print(f"at {loop.time() - start:.1f}: {fired}")
    await asyncio.sleep(0.5)
    print(f"at {loop.time() - start:.1f}: {fired}")


asyncio.run(main())
