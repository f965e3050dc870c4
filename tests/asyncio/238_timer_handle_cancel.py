# 238_timer_handle_cancel: a TimerHandle's when() and cancel(); a repeating call_later chain stopped by cancelling
# topic: loop
import asyncio

count = 0

def heartbeat(loop, holder):
    global count
    count += 1
    print("beat", count, loop.time())
    holder[0] = loop.call_later(0.5, heartbeat, loop, holder)

async def main():
    loop = asyncio.get_running_loop()
    holder = [None]
    holder[0] = loop.call_later(0.5, heartbeat, loop, holder)
    print("first beat due at", holder[0].when())
    await asyncio.sleep(2.2)
    holder[0].cancel()
    print("stopped, handle cancelled:", holder[0].cancelled())
    await asyncio.sleep(2)
    print("beats:", count)

asyncio.run(main())
