# A deadlock: two tasks take two Locks in opposite orders
# topic: locks
#
# Alice takes lock A and then wants B; Bob takes B and then wants A. Each ends up holding the lock
# the other one waits for, so neither can ever go on: CPython just hangs there, with no error.
# Coroscope notices that every task left is waiting and ends the run with a deadlock report that
# names each stuck task, what it waits for, and the cycle. Compare 19_deadlock_two_locks.py, which
# catches the same deadlock with a timeout, and fixes it by taking the locks in one global order.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def transfer(name, first, second):
    async with LOCKS[first]:
        log(f"{name}: holds {first}, wants {second}")
        await asyncio.sleep(0.1)  # long enough for the other task to take its first lock
        async with LOCKS[second]:
            log(f"{name}: holds {first} and {second}")  # never printed
    log(f"{name}: done")


async def main():
    global LOCKS
    LOCKS = {"A": asyncio.Lock(), "B": asyncio.Lock()}
    await asyncio.gather(transfer("alice", "A", "B"), transfer("bob", "B", "A"))
    log("both transfers completed")  # never printed


asyncio.run(main())
