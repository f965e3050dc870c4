import asyncio
import random

random.seed(5)


async def worker(name, delay):
    await asyncio.sleep(delay)
    return f"{name} slept {delay}"


async def main():
    delays = [round(random.uniform(0.001, 0.02), 4) for _ in range(4)]
    print(delays)
    results = await asyncio.gather(*(worker(f"w{i}", d) for i, d in enumerate(delays)))
    print(results)
    backoff = [min(1.0, 0.05 * 2 ** attempt) * random.random() for attempt in range(5)]
    print([round(b, 6) for b in backoff])


asyncio.run(main())
print(random.randrange(100))
