# A coroutine never awaited
# topic: pitfalls
#
# Calling an async function only creates a coroutine object; if nobody awaits it (or wraps it in a
# task) its body never runs. Python notices when the object is thrown away and prints
# "RuntimeWarning: coroutine '...' was never awaited" on stderr, which is often the only clue.
import asyncio
import time

T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


async def send_email(to):
    log(f"sending email to {to}")
    await asyncio.sleep(0.5)
    log(f"email to {to} sent")


async def main():
    send_email("alice")  # BUG: missing await; nothing is sent
    log("main: alice's email should be gone by now... it never started")
    await send_email("bob")  # correct
    task = asyncio.create_task(send_email("carol"))  # also correct: runs in the background
    await task


asyncio.run(main())
