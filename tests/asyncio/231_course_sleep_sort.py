# 231_course_sleep_sort: the sleep sort joke: each number sleeps its value, results appended in wake-up order
# topic: course
import asyncio

async def sleeper(n, out):
    await asyncio.sleep(n)
    out.append(n)
    print("woke", n)

async def main():
    out = []
    data = [5, 3, 9, 1, 7, 2]
    await asyncio.gather(*(sleeper(n, out) for n in data))
    print(out == sorted(data), out)

asyncio.run(main())
