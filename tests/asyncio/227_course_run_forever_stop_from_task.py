# 227_course_run_forever_stop_from_task: tasks on a loop run by run_forever; the last one stops the loop, then pending work is finished
# topic: loop
import asyncio

async def ticker(loop, n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(1)
    print("ticker done, stopping loop")
    loop.stop()

async def background():
    await asyncio.sleep(10)
    print("background finished")

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t = loop.create_task(ticker(loop, 3))
b = loop.create_task(background())
loop.run_forever()
print("run_forever returned at", loop.time(), t.done(), b.done())
loop.run_until_complete(b)
print("background done at", loop.time())
loop.close()
