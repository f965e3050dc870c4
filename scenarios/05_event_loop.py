# The event loop: call_soon, call_later and run_until_complete
# topic: event-loop
#
# The event loop is a queue of ready callbacks plus a heap of timers: each iteration runs the
# callbacks that were ready when it started, then moves due timers to the ready queue.
# `run_until_complete` runs the loop only until its future is done, so a timer due later waits for
# the next time someone runs the loop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.time()


def note(label):
    print(f"[{loop.time() - t0:3.1f}] {label}")


loop.call_later(2.0, note, "call_later(2.0)")
loop.call_later(0.5, note, "call_later(0.5)")
loop.call_soon(note, "call_soon A")
loop.call_soon(note, "call_soon B")
loop.call_at(t0 + 1.0, note, "call_at(t0 + 1.0)")
forgotten = loop.call_later(1.2, note, "this timer is cancelled")
forgotten.cancel()


def chain(n):
    note(f"chain step {n}")
    if n < 3:
        loop.call_soon(chain, n + 1)  # scheduled for the NEXT iteration


loop.call_soon(chain, 1)
loop.call_soon(note, "call_soon C (queued before chain step 2)")


async def main():
    note("main: coroutine starts (wrapped in a Task by run_until_complete)")
    await asyncio.sleep(1.5)
    note("main: done sleeping")
    return "main's result"


print("loop running before run_until_complete?", loop.is_running())
print("run_until_complete ->", loop.run_until_complete(main()))
print("the 2.0 s timer has not fired yet; run the loop again")
loop.call_later(1.0, loop.stop)  # at 2.5
loop.run_forever()
note("run_forever returned after loop.stop()")
loop.close()
print("closed:", loop.is_closed())
