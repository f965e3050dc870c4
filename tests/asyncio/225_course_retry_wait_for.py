# 225_course_retry_wait_for: retrying a flaky call with wait_for timeouts and growing backoff
# topic: course
import asyncio

attempts = 0

async def flaky():
    global attempts
    attempts += 1
    delay = {1: 5, 2: 5, 3: 0.2}.get(attempts, 0.1)
    await asyncio.sleep(delay)
    return f"ok on attempt {attempts}"

async def with_retry(coro_fn, retries=4, timeout=1.0):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    backoff = 0.5
    for i in range(retries):
        try:
            return await asyncio.wait_for(coro_fn(), timeout)
        except asyncio.TimeoutError:
            print(f"{loop.time() - t0:.1f} attempt {i + 1} timed out, sleeping {backoff}")
            await asyncio.sleep(backoff)
            backoff *= 2
    raise RuntimeError("gave up")

async def main():
    print(await with_retry(flaky))
    global attempts
    attempts = 0
    try:
        await with_retry(flaky, retries=2)
    except RuntimeError as e:
        print("error:", e)

asyncio.run(main())
