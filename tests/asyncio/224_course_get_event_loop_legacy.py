# 224_course_get_event_loop_legacy: the pre-3.7 course style: get_event_loop, run_until_complete(gather(...)), close
# topic: loop
import asyncio

async def say(what, when):
    await asyncio.sleep(when)
    print(what)
    return when

loop = asyncio.get_event_loop()
results = loop.run_until_complete(asyncio.gather(say("second", 2), say("first", 1)))
print(results)
task = loop.create_task(say("task", 1))
print(loop.run_until_complete(task))
print("time", loop.time(), loop.is_running())
loop.close()
print(loop.is_closed())
coro = say("never", 0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
