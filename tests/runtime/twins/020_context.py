# 020_context: a task copies the context at creation; callbacks run in their own (2.1-20)
# topic: contextvars
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


async def child(name):
    print(name, "sees", var.get())
    var.set(name + "-own")
    await asyncio.sleep(0)
    print(name, "still sees", var.get())


async def main():
    loop = asyncio.get_running_loop()
    var.set("main")
    t1 = asyncio.create_task(child("t1"))
    var.set("changed")
    t2 = asyncio.create_task(child("t2"))
    loop.call_soon(lambda: print("callback sees", var.get()))
    await asyncio.gather(t1, t2)
    print("main sees", var.get())


asyncio.run(main())
