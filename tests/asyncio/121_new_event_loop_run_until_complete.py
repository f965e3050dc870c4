# 121_new_event_loop_run_until_complete: new_event_loop + set_event_loop + run_until_complete, the pre-asyncio.run style
# topic: event-loop
import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x * x


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(3)))
task = loop.create_task(compute(4))
print(loop.run_until_complete(task), task.done())
print(loop.run_until_complete(asyncio.gather(compute(1), compute(2))))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
coro = compute(5)
try:
    loop.run_until_complete(coro)
except RuntimeError as err:
    print("RuntimeError:", err)
    coro.close()
