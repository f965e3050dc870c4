# 008_pymongo: the simulated pymongo: MongoClient, databases, collections, find/find_one/insert/update/delete/count, each a blocking round trip
# topic: pymongo
import time
import pymongo
from pymongo import MongoClient
from bson import ObjectId
from bson.objectid import ObjectId as ObjectId2
from pymongo.results import InsertOneResult, DeleteResult
from coroscope import net

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.2f}s]"


client = MongoClient('localhost', 27017)
print(client)
db = client['school']
print(db)
print(db.students, client.school.students == db['students'])
r = db.students.insert_one({'name': 'ada', 'age': 36})
print(stamp(), type(r).__name__, type(r.inserted_id).__name__, r.acknowledged)
doc = {'name': 'alan', 'age': 41, 'tags': ['math', 'cs'], 'address': {'city': 'London'}}
r = db.students.insert_one(doc)
print(stamp(), sorted(doc), doc['_id'] == r.inserted_id)
r = db.students.insert_many([{'name': 'grace', 'age': 85}, {'name': 'linus', 'age': 20, 'tags': ['cs']},
                             {'_id': 7, 'name': 'barbara', 'age': 80}])
print(stamp(), [type(i).__name__ for i in r.inserted_ids], r.inserted_ids[-1])
print(InsertOneResult(7), DeleteResult({'n': 1, 'ok': 1.0}))
for doc in db.students.find({'age': {'$gt': 30}}, {'_id': 0}).sort('age', pymongo.DESCENDING):
    print(stamp(), doc)
print(stamp(), db.students.find_one({'name': 'alan'}, {'_id': 0}))
print(stamp(), list(db.students.find_one({'name': 'alan'})))
print(stamp(), db.students.find_one({'address.city': 'London'}, {'name': 1, '_id': 0}))
print(stamp(), db.students.find_one(7), db.students.find_one({'name': 'nobody'}))
print(stamp(), db.students.count_documents({'tags': 'cs'}), db.students.count_documents({}))
print(stamp(), [d['name'] for d in db.students.find({'$or': [{'age': {'$lt': 30}}, {'name': {'$in': ['ada', 'grace']}}]})])
print(stamp(), [d['name'] for d in db.students.find({'tags': {'$exists': False}, 'age': {'$gte': 36, '$ne': 80}})])
print(stamp(), [d['name'] for d in db.students.find().sort([('age', 1)]).skip(1).limit(2)])
print(stamp(), db.students.update_one({'name': 'ada'}, {'$inc': {'age': 1}, '$set': {'lang': 'analytical'}}))
print(stamp(), db.students.update_many({'age': {'$gt': 50}}, {'$push': {'tags': 'pioneer'}}))
print(stamp(), db.students.update_one({'name': 'nobody'}, {'$set': {'x': 1}}, upsert=True).upserted_id is not None)
print(stamp(), db.students.find_one({'name': 'ada'}, {'_id': False}))
print(stamp(), db.students.delete_one({'name': 'nobody'}), db.students.delete_many({'age': {'$lt': 30}}).deleted_count)
print(stamp(), db.students.distinct('tags'), db.students.estimated_document_count())
print(stamp(), db.list_collection_names(), client.list_database_names())
try:
    db.students.insert_one({'_id': 7})
except pymongo.errors.DuplicateKeyError as e:
    print(stamp(), type(e).__name__, e)
print(stamp(), client.admin.command('ping'))
print(ObjectId('65f4206e636f726f73000001') == ObjectId2('65f4206e636f726f73000001'), ObjectId.is_valid('zz'))
try:
    ObjectId('nope')
except Exception as e:
    print(type(e).__name__, e)
cursor = db.students.find({}, {'name': 1, '_id': 0})
print(next(cursor), list(cursor))
oid = ObjectId()
print(len(str(oid)), repr(oid) == f"ObjectId('{oid}')", ObjectId(str(oid)) == oid, oid.binary.hex() == str(oid))
net.host('db.example', fail='refused')
try:
    MongoClient('mongodb://db.example:27018/', serverSelectionTimeoutMS=2000).test.things.find_one()
except pymongo.errors.ServerSelectionTimeoutError as e:
    print(stamp(), type(e).__name__, e)
