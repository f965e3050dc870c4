# 220_course_except_star: a TaskGroup with several failures raises an ExceptionGroup handled by except* clauses
# topic: TaskGroup
import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("bad value"), 0.1))
            tg.create_task(fail(TypeError("bad type"), 0.1))
            tg.create_task(ok(5))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    print("time", asyncio.get_running_loop().time())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0.1))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.message, len(eg.exceptions))

    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    try:
        raise eg
    except* ValueError as e:
        print("caught", len(e.exceptions), "ValueError")
    except* TypeError as e:
        print("caught", len(e.exceptions), "TypeError")

asyncio.run(main())
