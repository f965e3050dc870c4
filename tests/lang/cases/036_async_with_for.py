# async with and async for with hand-written protocols
class Resource:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    async with Resource() as r:
        print("inside", type(r).__name__)
    async with Resource():
        raise ValueError("suppressed")
    async for i in Counter(3):
        print("i =", i)
    return "ok"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
