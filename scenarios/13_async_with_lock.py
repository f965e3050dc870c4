# async with and a Lock: protecting a read-modify-write across an await
# topic: locks
#
# Tasks only switch at `await`, but an `await` between reading and writing shared state is enough
# to lose updates. `async with lock:` makes the other tasks wait their turn; `async with` works on
# any object with `__aenter__` and `__aexit__`, which may themselves await.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.1)  # e.g. a round trip to a database
        self.balance = current + amount

    async def deposit_safe(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.1)
            self.balance = current + amount


class Connection:
    """An async context manager: opening and closing take time."""

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log(f"{self.name}: connecting")
        await asyncio.sleep(0.5)
        log(f"{self.name}: connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        log(f"{self.name}: closing (exception: {exc_type.__name__ if exc_type else None})")
        await asyncio.sleep(0.5)
        log(f"{self.name}: closed")
        return False


async def main():
    account = Account()
    await asyncio.gather(*(account.deposit_unsafe(100) for _ in range(5)))
    log(f"without lock: balance {account.balance} (expected 500)")

    account = Account()
    await asyncio.gather(*(account.deposit_safe(100) for _ in range(5)))
    log(f"with lock: balance {account.balance}, locked now? {account.lock.locked()}")

    async with Connection("db") as conn:
        log(f"using {conn.name}")
    try:
        async with Connection("cache"):
            raise KeyError("missing")
    except KeyError as err:
        log(f"KeyError {err} still propagates after __aexit__")


asyncio.run(main())
