# 101_async_context_manager_class: __aenter__/__aexit__ order, the exception info passed in, and the as-value
# topic: async-with
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return f"<{self.name} handle>"

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        await asyncio.sleep(0)
        return False


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body with", a, b)
    try:
        async with Resource("c"):
            raise ValueError("oops")
    except ValueError:
        print("ValueError propagated")


asyncio.run(main())
