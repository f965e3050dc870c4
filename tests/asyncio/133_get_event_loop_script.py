# 133_get_event_loop_script: asyncio.get_event_loop() at module level creates a loop for run_until_complete (no warning in 3.11)
# topic: event-loop
import asyncio


async def hello():
    await asyncio.sleep(0.1)
    return "hello from get_event_loop"


loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello()))
print(asyncio.get_event_loop() is loop)
loop.close()
