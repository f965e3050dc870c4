# 171_stdout_stderr: print to sys.stderr and sys.stdout.write from tasks go to the right stream
# topic: io
import asyncio
import sys


async def report(name):
    await asyncio.sleep(0.1)
    sys.stdout.write(f"{name}: ok\n")
    print(f"{name}: warning", file=sys.stderr)


async def main():
    await asyncio.gather(report("a"), report("b"))
    print("done", end="!\n")
    sys.stdout.flush()


asyncio.run(main())
