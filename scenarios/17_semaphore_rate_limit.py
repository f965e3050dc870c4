# Rate limiting with a Semaphore
# topic: semaphores
#
# A Semaphore(n) lets at most n tasks inside `async with sem:` at once; the others queue up and
# enter in arrival order as places free up. Here six downloads share two connections.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


active = 0


async def download(sem, name, seconds):
    global active
    log(f"{name}: waiting for a connection")
    async with sem:
        active += 1
        log(f"{name}: downloading ({active} active)")
        await asyncio.sleep(seconds)
        active -= 1
        log(f"{name}: finished")
    return name


async def main():
    sem = asyncio.Semaphore(2)
    durations = [1.0, 0.7, 1.2, 0.4, 0.9, 0.6]
    names = await asyncio.gather(*(download(sem, f"file{i}", s) for i, s in enumerate(durations)))
    log(f"all downloaded: {names}")


asyncio.run(main())
