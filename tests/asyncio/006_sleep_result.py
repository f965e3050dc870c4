# 006_sleep_result: asyncio.sleep returns its result argument; a negative delay acts like zero
# topic: sleep
import asyncio
import time


async def main():
    t0 = time.monotonic()
    print(await asyncio.sleep(0.5, result="half a second"))
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(-1, result="negative"))
    print(f"elapsed {time.monotonic() - t0:.1f}")


asyncio.run(main())
