# 253_event_loop_stop_run_forever_twice: run_forever can be stopped and started again; callbacks left over run on the next start
# topic: loop
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

def step(n):
    print("step", n, loop.time())
    if n == 2:
        loop.stop()
    if n < 5:
        loop.call_later(1, step, n + 1)

loop.call_soon(step, 0)
loop.run_forever()
print("stopped once at", loop.time(), loop.is_running())
loop.call_later(2.5, loop.stop)
loop.run_forever()
print("stopped twice at", loop.time())
loop.close()
