# Fan-out/fan-in with as_completed
# topic: as-completed
#
# Fan-out starts one task per request; fan-in consumes the results as they arrive and combines
# them, so a report can be updated after each answer instead of after the slowest one. The total
# time is that of the slowest request, not the sum.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


PRICES = {"shop-a": (19.99, 1.2), "shop-b": (17.50, 0.4), "shop-c": (21.00, 2.1),
          "shop-d": (18.25, 0.9), "shop-e": (16.75, 1.7)}


async def get_price(shop):
    price, latency = PRICES[shop]
    await asyncio.sleep(latency)
    return shop, price


async def main():
    tasks = [asyncio.create_task(get_price(shop)) for shop in PRICES]  # fan-out
    log(f"asked {len(tasks)} shops")
    best = None
    for count, next_done in enumerate(asyncio.as_completed(tasks), 1):  # fan-in
        shop, price = await next_done
        if best is None or price < best[1]:
            best = (shop, price)
        log(f"{count}/{len(tasks)} answers: {shop} asks {price:.2f}; best so far {best[0]}")
    log(f"cheapest: {best[0]} at {best[1]:.2f}")


asyncio.run(main())
