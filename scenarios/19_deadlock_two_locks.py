# A deadlock between two Locks, detected with a timeout
# topic: locks
#
# Two tasks take the same two locks in opposite orders: each ends up holding one lock and waiting
# forever for the other. Nothing crashes, the program just stops making progress (CPython hangs;
# the reference runner reports a deadlock), so we watch the tasks with a timeout, report what
# happened and cancel them. Taking locks in one global order fixes it.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def transfer(name, first, second):
    async with LOCKS[first]:
        log(f"{name}: holds {first}, wants {second}")
        await asyncio.sleep(0.1)  # long enough for the other task to grab its first lock
        async with LOCKS[second]:
            log(f"{name}: holds {first} and {second}, transferring")
            await asyncio.sleep(0.1)
    log(f"{name}: done")


async def run_pair(order_alice, order_bob):
    alice = asyncio.create_task(transfer("alice", *order_alice))
    bob = asyncio.create_task(transfer("bob", *order_bob))
    done, pending = await asyncio.wait([alice, bob], timeout=2.0)
    if not pending:
        log("both transfers completed")
        return
    log(f"no progress after 2 s: {len(pending)} tasks stuck, deadlock!")
    for name, lock in LOCKS.items():
        log(f"  lock {name} locked: {lock.locked()}")
    for task in (alice, bob):
        task.cancel()
    await asyncio.gather(alice, bob, return_exceptions=True)
    log(f"cancelled both; locks now free: {[not lock.locked() for lock in LOCKS.values()]}")


async def main():
    global LOCKS
    LOCKS = {"A": asyncio.Lock(), "B": asyncio.Lock()}
    log("opposite lock order:")
    await run_pair(("A", "B"), ("B", "A"))
    log("same lock order for everyone:")
    await run_pair(("A", "B"), ("A", "B"))


asyncio.run(main())
