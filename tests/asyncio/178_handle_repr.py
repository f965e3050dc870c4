# 178_handle_repr: Handle reprs from call_soon show the callback, its arguments and where it was defined
# topic: reprs
import asyncio


def greet(name, punctuation="!"):
    print("hello", name + punctuation)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(greet, "ada")
    print(h)
    h2 = loop.call_soon(print, "builtin callback")
    print(h2)
    h2.cancel()
    print(h2)
    await asyncio.sleep(0)


asyncio.run(main())
