# awaiting a plain generator is an error; types.coroutine makes it awaitable
import types
def plain():
    yield
async def main():
    await plain()
c = main()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
