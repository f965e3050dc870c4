# async with: __aexit__ sees the exception and can suppress it
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter")
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return self.suppress
async def main():
    async with Guard(True):
        raise KeyError("swallowed")
    try:
        async with Guard(False):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    return "finished"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
