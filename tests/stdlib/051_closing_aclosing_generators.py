import asyncio
from contextlib import closing, aclosing, contextmanager


def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalized")


with closing(numbers()) as gen:
    for n in gen:
        if n == 2:
            break
        print(n)
print("after with")


async def ticks():
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0)
    finally:
        print("async generator finalized")


async def main():
    async with aclosing(ticks()) as t:
        async for i in t:
            if i == 3:
                break
            print("tick", i)
    print("after async with")


asyncio.run(main())


@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


def read_all(names):
    for n in names:
        with opened(n) as f:
            yield f.upper()


g = read_all(["a", "b"])
print(next(g))
g.close()
print(list(read_all(["x"])))
