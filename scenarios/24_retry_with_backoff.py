# Retry with exponential backoff
# topic: patterns
#
# A flaky operation is retried after waiting 0.2, 0.4, 0.8 ... seconds, doubling each time, so a
# struggling server is not hammered. After the last attempt the error is raised to the caller,
# chained to the last failure.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


class FlakyService:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def fetch(self):
        self.calls += 1
        await asyncio.sleep(0.1)
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return f"data after {self.calls} attempts"


async def retry(operation, attempts=4, base_delay=0.2):
    for attempt in range(1, attempts + 1):
        try:
            return await operation()
        except ConnectionError as err:
            if attempt == attempts:
                raise RuntimeError(f"giving up after {attempts} attempts") from err
            delay = base_delay * 2 ** (attempt - 1)
            log(f"{err}; retrying in {delay:.1f} s")
            await asyncio.sleep(delay)


async def main():
    log(await retry(FlakyService(failures=3).fetch))
    try:
        await retry(FlakyService(failures=10).fetch)
    except RuntimeError as err:
        log(f"{err!r}, caused by {err.__cause__!r}")


asyncio.run(main())
