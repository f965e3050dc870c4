# 085_barrier: Barrier(3) releases all parties together; wait() returns distinct indices
# topic: barriers
import asyncio
import time

T0 = time.monotonic()


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(f"{time.monotonic() - T0:.1f} {name} arrives ({barrier.n_waiting} already waiting)")
    index = await barrier.wait()
    print(f"{time.monotonic() - T0:.1f} {name} passes with index {index}")


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.broken)
    await asyncio.gather(party(barrier, "a", 0.1), party(barrier, "b", 0.3), party(barrier, "c", 0.2))


asyncio.run(main())
