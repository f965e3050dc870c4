# 205_loop_call_at_order: call_at and call_later callbacks fire by deadline; a cancelled handle never fires
# topic: loop
import asyncio

def cb(name, loop, t0):
    print(f"{name} at {loop.time() - t0:.1f}")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_at(t0 + 3, cb, "call_at +3", loop, t0)
    h = loop.call_later(1, cb, "cancelled", loop, t0)
    loop.call_later(2, cb, "call_later 2", loop, t0)
    loop.call_soon(cb, "call_soon", loop, t0)
    h2 = loop.call_at(t0 + 0.5, cb, "call_at +0.5", loop, t0)
    print("when:", h2.when() - t0, "cancelled:", h.cancelled())
    h.cancel()
    print("cancelled:", h.cancelled())
    await asyncio.sleep(4)
    print("main done")

asyncio.run(main())
