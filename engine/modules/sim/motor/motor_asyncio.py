"""motor.motor_asyncio, simulated (Coroscope): the asyncio MongoDB client over the same in-memory
server as the simulated pymongo. No real server is contacted.

Every operation is one round trip to the server (the host's latency from coroscope.net) that
the awaiting task waits for while the event loop goes on. See docs/SIMULATED_IO.md.
"""

import pymongo as _pymongo
from coroscope import net as _net

__all__ = ['AsyncIOMotorClient', 'AsyncIOMotorDatabase', 'AsyncIOMotorCollection',
           'AsyncIOMotorCursor']


async def _call(client, label, fn, *args):
    """One operation, awaited: done at the server at once (unless it cannot be reached), its
    answer back a round trip later."""
    seconds, error = client._delegate._round_trip()
    r = None
    if error is None:
        try:
            r = fn(*args)
        except _pymongo.PyMongoError as e:
            error = e
    await _net.wait(seconds, label)
    if error is not None:
        raise error
    return r


def _nothing():
    return None


class AsyncIOMotorClient:
    """A client of the simulated MongoDB server at host:port (a mongodb:// URI works too)."""

    def __init__(self, host=None, port=None, **kwargs):
        self._delegate = _pymongo.MongoClient(host, port, **kwargs)

    @property
    def address(self):
        return self._delegate.address

    def __getitem__(self, name):
        return self.get_database(name)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(f"AsyncIOMotorClient has no attribute {name!r}. To access "
                                 f"the {name} database, use client[{name!r}].")
        return self.get_database(name)

    def get_database(self, name=None, **kwargs):
        return AsyncIOMotorDatabase(self, name or 'test')

    async def list_database_names(self):
        await _call(self, 'list_database_names()', _nothing)
        return sorted(['admin', 'config', 'local'] + [n for n, colls in
                                                      self._delegate._server.items() if colls])

    async def drop_database(self, name):
        await _call(self, f'drop_database({name!r})', self._delegate._server.pop,
                    getattr(name, 'name', name), None)

    async def server_info(self):
        await _call(self, 'server_info()', _nothing)
        return {'version': '7.0.5', 'ok': 1.0}

    def close(self):
        self._delegate.close()

    def __repr__(self):
        return f'AsyncIOMotorClient({self._delegate!r})'


class AsyncIOMotorDatabase:
    def __init__(self, client, name):
        self.client = client
        self.name = name
        self.delegate = _pymongo.Database(client._delegate, name)

    def __getitem__(self, name):
        return self.get_collection(name)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(f"AsyncIOMotorDatabase has no attribute {name!r}. To access "
                                 f"the {name} collection, use database[{name!r}].")
        return self.get_collection(name)

    def get_collection(self, name, **kwargs):
        return AsyncIOMotorCollection(self, name)

    async def list_collection_names(self):
        await _call(self.client, 'list_collection_names()', _nothing)
        return sorted(n for n, s in self.delegate._colls().items() if s.docs)

    async def drop_collection(self, name):
        await _call(self.client, f'drop_collection({name!r})', self.delegate._colls().pop,
                    getattr(name, 'name', name), None)

    async def command(self, command, *args, **kwargs):
        await _call(self.client, f'command({command!r})', _nothing)
        return {'ok': 1.0}

    def __repr__(self):
        return f'AsyncIOMotorDatabase({self.delegate!r})'


class AsyncIOMotorCollection:
    def __init__(self, database, name):
        self.database = database
        self.name = name
        self.delegate = _pymongo.Collection(database.delegate, name)
        self.full_name = self.delegate.full_name

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(f"AsyncIOMotorCollection has no attribute {name!r}.")
        return self.database.get_collection(f'{self.name}.{name}')

    def _call(self, op, fn, *args):
        return _call(self.database.client, f'{self.name}.{op}()', fn, *args)

    async def insert_one(self, document, **kwargs):
        return await self._call('insert_one', self.delegate._insert_one, document)

    async def insert_many(self, documents, ordered=True, **kwargs):
        return await self._call('insert_many', self.delegate._insert_many, documents, ordered)

    async def find_one(self, filter=None, *args, **kwargs):
        projection = args[0] if args else kwargs.get('projection')
        sort = kwargs.get('sort')
        return await self._call('find_one', self.delegate._find_one, filter, projection,
                                _pymongo._sort_spec(sort) if sort else None)

    def find(self, filter=None, projection=None, skip=0, limit=0, sort=None, **kwargs):
        return AsyncIOMotorCursor(self, _pymongo.Cursor(self.delegate, filter, projection, skip,
                                                         limit, sort))

    async def count_documents(self, filter, session=None, **kwargs):
        return await self._call('count_documents', self.delegate._count, filter,
                                kwargs.get('skip', 0), kwargs.get('limit', 0))

    async def estimated_document_count(self, **kwargs):
        return await self._call('estimated_document_count', self.delegate._estimated)

    async def distinct(self, key, filter=None, **kwargs):
        return await self._call('distinct', self.delegate._distinct, key, filter)

    async def update_one(self, filter, update, upsert=False, **kwargs):
        return await self._call('update_one', self.delegate._update, filter, update, upsert,
                                False)

    async def update_many(self, filter, update, upsert=False, **kwargs):
        return await self._call('update_many', self.delegate._update, filter, update, upsert,
                                True)

    async def replace_one(self, filter, replacement, upsert=False, **kwargs):
        return await self._call('replace_one', self.delegate._update, filter, replacement,
                                upsert, False, True)

    async def delete_one(self, filter, **kwargs):
        return await self._call('delete_one', self.delegate._delete, filter, False)

    async def delete_many(self, filter, **kwargs):
        return await self._call('delete_many', self.delegate._delete, filter, True)

    async def drop(self):
        await self.database.drop_collection(self.name)

    def __repr__(self):
        return f'AsyncIOMotorCollection({self.delegate!r})'


class AsyncIOMotorCursor:
    """The documents find() matches, fetched (one round trip) by the first `async for` step or
    to_list(); sort(), skip() and limit() apply before that."""

    def __init__(self, collection, cursor):
        self._collection = collection
        self.delegate = cursor

    def sort(self, key_or_list, direction=None):
        self.delegate.sort(key_or_list, direction)
        return self

    def skip(self, skip):
        self.delegate.skip(skip)
        return self

    def limit(self, limit):
        self.delegate.limit(limit)
        return self

    async def _fetch(self):
        c = self.delegate
        if c._docs is None:
            c._docs = await self._collection._call('find', c._fetch)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await self._fetch()
        if not self.delegate._docs:
            raise StopAsyncIteration
        return self.delegate._docs.pop(0)

    async def to_list(self, length=None):
        await self._fetch()
        docs = self.delegate._docs
        n = len(docs) if length is None else min(length, len(docs))
        out = docs[:n]
        del docs[:n]
        return out

    def close(self):
        self.delegate.close()
