# 148_docs_display_date: the docs' sleep example, printing the time every second for 5 seconds
# topic: docs
import asyncio
import datetime


async def display_date():
    loop = asyncio.get_running_loop()
    end_time = loop.time() + 5.0
    while True:
        print(datetime.datetime.now().strftime("%H:%M:%S"))
        if (loop.time() + 1.0) >= end_time:
            break
        await asyncio.sleep(1)

asyncio.run(display_date())
