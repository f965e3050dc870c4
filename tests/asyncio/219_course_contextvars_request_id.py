# 219_course_contextvars_request_id: a ContextVar set per request task stays separate in each task; the parent's value is unchanged
# topic: contextvars
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def handle(n):
    request_id.set(f"req-{n}")
    log("start")
    await asyncio.sleep(0.1 * (3 - n))
    log("end")
    return request_id.get()

async def main():
    log("main before")
    results = await asyncio.gather(*(handle(i) for i in range(3)))
    print(results)
    log("main after")
    token = request_id.set("main")
    task = asyncio.create_task(handle(9))
    await task
    log("main still")
    request_id.reset(token)
    log("reset")
    ctx = contextvars.copy_context()
    print(ctx.get(request_id, "missing"), request_id in ctx)

asyncio.run(main())
