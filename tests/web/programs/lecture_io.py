# The I/O cells of an asyncio lecture, as a student pastes them into a notebook (nest_asyncio included).
# Expected output: CPython 3.11 (the reference runner, with engine/modules/sim on PYTHONPATH) on this
# file without its first nest_asyncio lines, which CPython does not have.
import nest_asyncio
nest_asyncio.apply()

import asyncio
import time

import aiohttp
import requests
from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import MongoClient

URLS = [f"https://example.com/page/{i}" for i in range(3)]

def fetch_all_blocking():
    start = time.perf_counter()
    for url in URLS:
        r = requests.get(url)
        print(url, r.status_code, len(r.text))
    print(f"requests: {time.perf_counter() - start:.2f} s")

async def fetch(session, url):
    async with session.get(url) as resp:
        return url, resp.status, len(await resp.text())

async def fetch_all():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        for url, status, size in await asyncio.gather(*(fetch(session, u) for u in URLS)):
            print(url, status, size)
    print(f"aiohttp: {time.perf_counter() - start:.2f} s")

def db_blocking():
    client = MongoClient("localhost", 27017)
    people = client["school"]["students"]
    people.insert_one({"name": "Ada", "year": 2})
    print(people.count_documents({"year": 2}), people.find_one({"name": "Ada"})["name"])

async def db_async():
    client = AsyncIOMotorClient("localhost", 27017)
    people = client["school"]["students"]
    await people.insert_one({"name": "Grace", "year": 2})
    print(await people.count_documents({"year": 2}))

fetch_all_blocking()
asyncio.run(fetch_all())
db_blocking()
asyncio.run(db_async())
