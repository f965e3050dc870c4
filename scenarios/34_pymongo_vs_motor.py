# A database query: pymongo blocks the loop, motor awaits
# topic: io
#
# Each MongoDB query is a round trip to the database server. `pymongo` waits for the answer by
# blocking the thread, so called from a coroutine it freezes the event loop: the ticker below
# stops while the two queries run one after the other. `motor` is the same API with `await`: the
# queries overlap and the ticker keeps its pace. The database is Coroscope's in-memory simulation
# on localhost, whose round trip is declared as 0.5 s here so that the difference is easy to see.
import asyncio
import time

import motor.motor_asyncio
from coroscope import net
from pymongo import MongoClient

net.host("localhost", latency=0.5)
T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:3.1f}s] {msg}")


client = MongoClient("localhost", 27017)
client.school.students.insert_many([
    {"name": "Ada", "year": 2}, {"name": "Alan", "year": 3}, {"name": "Grace", "year": 2},
])
log("three students inserted")


async def ticker():
    for _ in range(5):
        log("tick")
        await asyncio.sleep(0.25)


async def with_pymongo():
    students = MongoClient("localhost", 27017).school.students
    second_years = students.count_documents({"year": 2})
    log(f"pymongo: {second_years} second-year students")
    alan = students.find_one({"name": "Alan"}, {"_id": 0})
    log(f"pymongo: found {alan}")


async def with_motor():
    students = motor.motor_asyncio.AsyncIOMotorClient("localhost", 27017).school.students

    async def count():
        log(f"motor: {await students.count_documents({'year': 2})} second-year students")

    async def find():
        log(f"motor: found {await students.find_one({'name': 'Alan'}, {'_id': 0})}")

    await asyncio.gather(count(), find())


async def main(queries):
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0.1)
    await queries()
    await tick


log("--- pymongo")
asyncio.run(main(with_pymongo))
log("--- motor")
asyncio.run(main(with_motor))
