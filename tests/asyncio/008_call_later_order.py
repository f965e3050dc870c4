# 008_call_later_order: timers fire by deadline; equal delays armed together fire in arming order
# topic: event-loop
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    done = loop.create_future()

    def fire(label):
        print(f"{loop.time() - t0:.1f} {label}")

    loop.call_later(0.3, fire, "c 0.3")
    loop.call_later(0.1, fire, "a 0.1")
    for i in range(4):
        loop.call_later(0.2, fire, f"b{i} 0.2")
    loop.call_later(0.4, done.set_result, None)
    await done
    print("done")


asyncio.run(main())
