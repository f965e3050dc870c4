# 134_contextvars_per_task: each task copies the context at creation; its changes stay inside it
# topic: context
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handler(rid):
    request_id.set(rid)
    await asyncio.sleep(0.1)
    print("handler sees", request_id.get())


async def main():
    request_id.set("main")
    await asyncio.gather(handler("r1"), handler("r2"))
    print("main still sees", request_id.get())
    t = asyncio.create_task(asyncio.sleep(0, result=request_id.get()))
    print(await t)


asyncio.run(main())
