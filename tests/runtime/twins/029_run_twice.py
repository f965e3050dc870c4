# 029_run_twice: asyncio.run draws task numbers for its own shutdown tasks
# topic: runtime core
import asyncio
async def main():
    print(asyncio.current_task().get_name())
asyncio.run(main())
asyncio.run(main())
