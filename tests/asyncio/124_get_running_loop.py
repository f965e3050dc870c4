# 124_get_running_loop: get_running_loop fails outside a coroutine, and matches get_event_loop inside
# topic: event-loop
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as err:
    print("RuntimeError:", err)


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())


asyncio.run(main())
