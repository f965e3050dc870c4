# 011_timer_handle_cancel: a cancelled TimerHandle never fires; cancelled() reports it
# topic: event-loop
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(0.2, print, "should not print")
    k = loop.call_later(0.1, print, "kept timer fired")
    print("cancelled before:", h.cancelled())
    h.cancel()
    h.cancel()  # cancelling twice is harmless
    print("cancelled after:", h.cancelled(), k.cancelled())
    await asyncio.sleep(0.3)
    print("end")


asyncio.run(main())
