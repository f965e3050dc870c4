# 202_docs_runner_context_manager: asyncio.Runner runs several coroutines on one loop, then closes it
# topic: runner
import asyncio

async def main(n):
    await asyncio.sleep(1)
    print('hello', n, asyncio.current_task().get_name())
    return n * 10

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(main(1)))
    print(runner.run(main(2)))
    print("same loop:", loop is runner.get_loop(), "time", loop.time())
print("closed:", loop.is_closed())
coro = main(3)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

try:
    asyncio.run(123)
except ValueError as e:
    print("ValueError:", e)
