# 259_runner_left_open: a Runner that is never closed still returns its result, and exit is quiet
# topic: run
import asyncio


async def main():
    await asyncio.sleep(0.1)
    print("done at", asyncio.get_running_loop().time() > 0)
    return 5


r = asyncio.Runner()
print(r.run(main()))
