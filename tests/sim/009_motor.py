# 009_motor: the simulated motor: the same database awaited, so queries overlap with other tasks
# topic: motor
import asyncio
import time
import motor.motor_asyncio
from pymongo import MongoClient

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


MongoClient('localhost', 27017).shop.orders.insert_many(
    [{'item': 'pen', 'qty': 3}, {'item': 'ink', 'qty': 1}, {'item': 'pad', 'qty': 5}])
print(stamp(), 'seeded with pymongo')


async def tick():
    for i in range(4):
        print(stamp(), 'tick', i)
        await asyncio.sleep(0.1)


async def main():
    client = motor.motor_asyncio.AsyncIOMotorClient('localhost', 27017)
    orders = client.shop.orders
    print(client, orders)

    async def count():
        n = await orders.count_documents({'qty': {'$gte': 2}})
        print(stamp(), 'count', n)

    async def items():
        names = [d['item'] async for d in orders.find({}, {'item': 1}).sort('item')]
        print(stamp(), 'items', names)

    await asyncio.gather(count(), items(), tick())
    r = await orders.insert_one({'item': 'clip', 'qty': 9})
    print(stamp(), type(r).__name__, r.acknowledged)
    print(stamp(), await orders.find({'qty': {'$gt': 2}}, {'_id': 0}).sort('qty', -1).to_list(length=2))
    print(stamp(), await orders.find_one({'item': 'ink'}, {'_id': 0}))
    print(stamp(), (await orders.update_one({'item': 'ink'}, {'$inc': {'qty': 10}})).modified_count)
    print(stamp(), (await orders.delete_many({'qty': {'$lt': 4}})).deleted_count)
    print(stamp(), await client.shop.list_collection_names(), await orders.distinct('item'))
    print(stamp(), await client.admin.command('ping'))

asyncio.run(main())
