# 222_course_token_bucket_limiter: a rate limiter class allowing 2 calls per second, built from loop.time and sleep
# topic: course
import asyncio

class RateLimiter:
    def __init__(self, rate, per):
        self.rate = rate
        self.per = per
        self.calls = []
        self.lock = asyncio.Lock()

    async def __aenter__(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                self.calls = [t for t in self.calls if now - t < self.per]
                if len(self.calls) < self.rate:
                    self.calls.append(now)
                    return self
                await asyncio.sleep(self.per - (now - self.calls[0]))

    async def __aexit__(self, *exc):
        return False

async def call_api(limiter, n, t0):
    async with limiter:
        print(f"call {n} at {asyncio.get_running_loop().time() - t0:.1f}")

async def main():
    limiter = RateLimiter(2, 1.0)
    t0 = asyncio.get_running_loop().time()
    await asyncio.gather(*(call_api(limiter, i, t0) for i in range(7)))

asyncio.run(main())
