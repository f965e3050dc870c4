# Unstarted coroutines warn once per location on stderr; started or closed ones do not.
class Yield0:
    """One suspension, as asyncio.sleep(0) (the modules are not part of this suite)."""

    def __await__(self):
        yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value



async def work(n):
    return n


class Service:
    async def fetch(self):
        return 1


def forget():
    work(1)


forget()
for i in range(3):
    work(i)
Service().fetch()
closed = work(5)
closed.close()
started = work(6)
try:
    started.send(None)
except StopIteration as e:
    print("returned", e.value)


async def main():
    work(7)
    await Yield0()
    print(await work(8))


run(main())
kept = work(9)
print("end")
