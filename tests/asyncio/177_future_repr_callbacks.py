# 177_future_repr_callbacks: a pending Future lists its callbacks in the repr, with file and line
# topic: reprs
import asyncio


def on_done(fut):
    pass


class Listener:
    def notify(self, fut):
        pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    print(fut)
    fut.add_done_callback(Listener().notify)
    print(repr(fut).split(" cb=")[0], repr(fut).count("Listener.notify"))
    fut.set_result(3)
    print(fut)
    await asyncio.sleep(0)


asyncio.run(main())
