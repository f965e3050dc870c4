# 078_event_set_clear: Event.wait() blocks until set(); every waiter wakes in waiting order; clear() resets
# topic: events
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    print(name, "woke, wait() returned", await ev.wait())


async def main():
    ev = asyncio.Event()
    print(ev)
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.1)
    print("setting")
    ev.set()
    print(ev.is_set(), "(nobody woke yet)")
    await asyncio.gather(*tasks)
    ev.clear()
    print(ev.is_set())
    print(ev)


asyncio.run(main())
