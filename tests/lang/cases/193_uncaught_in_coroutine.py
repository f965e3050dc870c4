# an exception escaping a coroutine shows the coroutine frames
async def inner():
    raise ValueError("inside coroutine")
async def outer():
    await inner()
outer().send(None)
