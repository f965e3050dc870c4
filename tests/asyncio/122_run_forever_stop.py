# 122_run_forever_stop: run_forever runs until loop.stop(); stop lets the current iteration finish
# topic: event-loop
import asyncio

loop = asyncio.new_event_loop()


def tick(n):
    print("tick", n)
    if n < 3:
        loop.call_later(0.1, tick, n + 1)
    else:
        loop.stop()
        loop.call_soon(print, "queued after stop(): runs at the start of the next run_forever")


loop.call_soon(tick, 1)
loop.run_forever()
print("run_forever returned; running:", loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
