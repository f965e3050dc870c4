# 261_sys_exit_caught: SystemExit raised by the main task propagates out of asyncio.run and can be caught
# topic: errors
import asyncio
import sys


async def main():
    print("bye")
    sys.exit(3)


try:
    asyncio.run(main())
except SystemExit as e:
    print("caught", e.code)
print("end")
