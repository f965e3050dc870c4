# 218_course_asynccontextmanager: contextlib.asynccontextmanager and a class with __aenter__/__aexit__, with and without an error inside
# topic: context managers
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    await asyncio.sleep(0.1)
    try:
        yield f"conn-{name}"
    except ValueError as e:
        print(f"{name} saw error: {e}")
        raise
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name}")

class Transaction:
    async def __aenter__(self):
        print("begin")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit")
        else:
            print(f"rollback after {exc_type.__name__}")
        return True  # swallow the error

async def main():
    async with connection("db") as conn:
        print("using", conn)
    try:
        async with connection("cache") as conn:
            raise ValueError("bad query")
    except ValueError:
        print("error propagated")
    async with Transaction():
        print("work")
    async with Transaction():
        raise KeyError("missing")
    print("after swallowed error")
    async with connection("a") as a, connection("b") as b:
        print(a, b)

asyncio.run(main())
