# 260_sys_exit_in_main: sys.exit inside asyncio.run ends the program with its code, no "never retrieved" report
# topic: errors
import asyncio
import sys


async def main():
    print("bye")
    sys.exit(3)


asyncio.run(main())
print("not reached")
