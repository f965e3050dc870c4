"""pymongo, simulated (Coroscope): the real library's API for the part courses use, over an
in-memory database server on coroscope.net's simulated network. No real server is contacted.

Every operation is one round trip to the server (the host's latency from coroscope.net), and
blocks the calling thread meanwhile, as time.sleep does: in a coroutine, the whole event loop
waits (motor.motor_asyncio is the same database, awaited). The servers' data lives as long as
the program. See docs/SIMULATED_IO.md.
"""

from bson.objectid import ObjectId
from coroscope import net as _net
from pymongo import errors, results
from pymongo.errors import (
    ConnectionFailure, DuplicateKeyError, InvalidName, OperationFailure, PyMongoError,
    ServerSelectionTimeoutError)
from pymongo.results import DeleteResult, InsertManyResult, InsertOneResult, UpdateResult

__version__ = '4.6.1'
version = __version__
ASCENDING = 1
DESCENDING = -1
__all__ = ['MongoClient', 'ASCENDING', 'DESCENDING', 'errors']


# ---- the server: databases of collections of documents -----------------------------------------

def _servers():
    world = _net._world
    if not hasattr(world, 'mongo'):
        world.mongo = {}
    return world.mongo


def _copy(value):
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


_MISSING = object()


def _get(doc, path):
    cur = doc
    for part in path.split('.'):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return _MISSING
    return cur


def _type_rank(v):
    if v is None or v is _MISSING:
        return 1
    if isinstance(v, bool):
        return 8
    if isinstance(v, (int, float)):
        return 2
    if isinstance(v, str):
        return 3
    if isinstance(v, dict):
        return 4
    if isinstance(v, list):
        return 5
    if isinstance(v, ObjectId):
        return 7
    return 9


def _compare(a, b):
    """MongoDB's order: by type first (null < numbers < strings < objects < arrays < ObjectId <
    booleans), then by value."""
    ra, rb = _type_rank(a), _type_rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if ra == 1:
        return 0
    try:
        return -1 if a < b else (1 if a > b else 0)
    except TypeError:
        return 0


def _equal(value, cond):
    if value is _MISSING:
        return cond is None
    if value == cond and _type_rank(value) == _type_rank(cond):
        return True
    return isinstance(value, list) and not isinstance(cond, list) and cond in value


_OPS = ('$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists', '$not', '$size',
        '$all')


def _check(value, op, arg):
    if op == '$eq':
        return _equal(value, arg)
    if op == '$ne':
        return not _equal(value, arg)
    if op == '$in':
        return any(_equal(value, a) for a in arg)
    if op == '$nin':
        return not any(_equal(value, a) for a in arg)
    if op == '$exists':
        return (value is not _MISSING) == bool(arg)
    if op == '$not':
        return not _matches_cond(value, arg)
    if op == '$size':
        return isinstance(value, list) and len(value) == arg
    if op == '$all':
        return isinstance(value, list) and all(a in value for a in arg)
    if value is _MISSING:
        return False
    candidates = value if isinstance(value, list) else [value]
    for v in candidates:
        if _type_rank(v) != _type_rank(arg):
            continue
        c = _compare(v, arg)
        if (op == '$gt' and c > 0) or (op == '$gte' and c >= 0) or (op == '$lt' and c < 0) or \
                (op == '$lte' and c <= 0):
            return True
    return False


def _is_operator_doc(cond):
    return isinstance(cond, dict) and cond and all(str(k).startswith('$') for k in cond)


def _matches_cond(value, cond):
    if _is_operator_doc(cond):
        for op, arg in cond.items():
            if op not in _OPS:
                raise OperationFailure(f'unknown operator: {op}', 2)
            if not _check(value, op, arg):
                return False
        return True
    return _equal(value, cond)


def _matches(doc, flt):
    for key, cond in flt.items():
        if key == '$and':
            if not all(_matches(doc, f) for f in cond):
                return False
        elif key == '$or':
            if not any(_matches(doc, f) for f in cond):
                return False
        elif key == '$nor':
            if any(_matches(doc, f) for f in cond):
                return False
        elif key.startswith('$'):
            raise OperationFailure(f'unknown top level operator: {key}', 2)
        elif not _matches_cond(_get(doc, key), cond):
            return False
    return True


def _project(doc, projection):
    if not projection:
        return _copy(doc)
    if isinstance(projection, (list, tuple)):
        projection = {k: 1 for k in projection}
    include = [k for k, v in projection.items() if v and k != '_id']
    if include:
        out = {}
        if projection.get('_id', 1) and '_id' in doc:
            out['_id'] = doc['_id']
        for k in doc:
            if k in include:
                out[k] = _copy(doc[k])
        return out
    out = {k: _copy(v) for k, v in doc.items() if projection.get(k, 1)}
    return out


def _sort_spec(key_or_list, direction=None):
    if isinstance(key_or_list, str):
        return [(key_or_list, ASCENDING if direction is None else direction)]
    if isinstance(key_or_list, dict):
        return list(key_or_list.items())
    return [(k, d) for k, d in key_or_list]


def _sorted(docs, spec):
    docs = list(docs)
    for key, direction in reversed(spec):
        # A stable sort per key, the last key first: the key's order, ties kept.
        for i in range(1, len(docs)):
            j = i
            while j > 0:
                c = _compare(_get(docs[j - 1], key), _get(docs[j], key))
                if (c > 0 if direction >= 0 else c < 0):
                    docs[j - 1], docs[j] = docs[j], docs[j - 1]
                    j -= 1
                else:
                    break
    return docs


def _set_path(doc, path, value):
    parts = path.split('.')
    for p in parts[:-1]:
        doc = doc.setdefault(p, {})
    doc[parts[-1]] = value


def _apply_update(doc, update):
    """Applies $set/$unset/$inc/$mul/$push/$pull/$addToSet; True if the document changed."""
    before = _copy(doc)
    for op, fields in update.items():
        if not op.startswith('$'):
            raise ValueError('update only works with $ operators')
        for path, arg in fields.items():
            cur = _get(doc, path)
            if op == '$set':
                _set_path(doc, path, _copy(arg))
            elif op == '$unset':
                if cur is not _MISSING:
                    parts = path.split('.')
                    target = doc
                    for p in parts[:-1]:
                        target = target[p]
                    del target[parts[-1]]
            elif op == '$inc':
                _set_path(doc, path, (0 if cur is _MISSING else cur) + arg)
            elif op == '$mul':
                _set_path(doc, path, (0 if cur is _MISSING else cur) * arg)
            elif op == '$push':
                _set_path(doc, path, ([] if cur is _MISSING else cur) + [_copy(arg)])
            elif op == '$addToSet':
                lst = [] if cur is _MISSING else cur
                _set_path(doc, path, lst if arg in lst else lst + [_copy(arg)])
            elif op == '$pull':
                if cur is not _MISSING:
                    _set_path(doc, path, [v for v in cur if not _matches_cond(v, arg)])
            else:
                raise OperationFailure(f"Unknown modifier: {op}. Expected a valid update "
                                       f"modifier or pipeline-style update specified as an array",
                                       9)
    return doc != before


class _Store:
    """One collection's documents on the server, in insertion order."""

    def __init__(self, db_name, name):
        self.full_name = f'{db_name}.{name}'
        self.docs = []

    def insert(self, doc):
        if '_id' not in doc:
            doc['_id'] = ObjectId()
        for d in self.docs:
            if d['_id'] == doc['_id']:
                raise DuplicateKeyError(
                    f"E11000 duplicate key error collection: {self.full_name} index: _id_ "
                    f"dup key: {{ _id: {doc['_id']!r} }}", 11000)
        # The server stores _id first, as the BSON encoder sends it.
        stored = {'_id': doc['_id']}
        stored.update(_copy(doc))
        self.docs.append(stored)
        return doc['_id']

    def find(self, flt, projection=None, sort=None, skip=0, limit=0):
        found = [d for d in self.docs if _matches(d, flt or {})]
        if sort:
            found = _sorted(found, sort)
        if skip:
            found = found[skip:]
        if limit:
            found = found[:abs(limit)]
        return [_project(d, projection) for d in found]


# ---- the client API ----------------------------------------------------------------------------

def _parse_host(host, port):
    if host is None:
        host = 'localhost'
    if isinstance(host, str) and host.startswith('mongodb://'):
        rest = host[len('mongodb://'):].split('/')[0].split(',')[0]
        rest = rest.rpartition('@')[2]
        name, _, p = rest.partition(':')
        return name or 'localhost', int(p) if p else (port or 27017)
    if isinstance(host, str) and ':' in host:
        name, _, p = host.partition(':')
        return name, int(p)
    return host, port or 27017


def _nothing():
    return None


class MongoClient:
    """A client of the simulated MongoDB server at host:port (a mongodb:// URI works too)."""

    HOST = 'localhost'
    PORT = 27017

    def __init__(self, host=None, port=None, document_class=dict, tz_aware=False, connect=True,
                 **kwargs):
        self._host, self._port = _parse_host(host, port)
        self._timeout = kwargs.get('serverSelectionTimeoutMS', 30000) / 1000
        self._closed = False
        key = (_net._canonical_host(self._host), self._port)
        self._server = _servers().setdefault(key, {})

    def _round_trip(self):
        """(seconds, error) of one operation: a round trip; when the host fails, the server
        selection timeout and then ServerSelectionTimeoutError."""
        name = _net._canonical_host(self._host)
        h = _net._world.hosts.get(name)
        fail = None
        if h is not None:
            fail = h.fail.get(h.calls)
            h.calls += 1
        if fail is not None:
            err = _net._failure(fail)
            message = (f'{self._host}:{self._port}: [Errno {err.errno}] {err.strerror}, '
                       f'Timeout: {self._timeout}s')
            return self._timeout, ServerSelectionTimeoutError(message)
        return _net.latency(name), None

    def _call(self, label, fn, *args):
        """One operation, blocking: done at the server at once (unless it cannot be reached),
        its answer back a round trip later."""
        seconds, error = self._round_trip()
        r = None
        if error is None:
            try:
                r = fn(*args)
            except PyMongoError as e:
                error = e
        _net.block(seconds, label)
        if error is not None:
            raise error
        return r

    def _wait(self, label):
        self._call(label, _nothing)

    @property
    def address(self):
        return (self._host, self._port)

    def __getitem__(self, name):
        return self.get_database(name)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(f"MongoClient has no attribute {name!r}. To access the "
                                 f"{name} database, use client[{name!r}].")
        return self.get_database(name)

    def get_database(self, name=None, **kwargs):
        return self._database_class()(self, name or 'test')

    def _database_class(self):
        return Database

    def list_database_names(self):
        self._wait('list_database_names()')
        return sorted(['admin', 'config', 'local'] + [n for n, colls in self._server.items()
                                                      if colls])

    def drop_database(self, name):
        self._wait(f'drop_database({name!r})')
        self._server.pop(getattr(name, 'name', name), None)

    def server_info(self):
        self._wait('server_info()')
        return {'version': '7.0.5', 'ok': 1.0}

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return (f"MongoClient(host=['{self._host}:{self._port}'], document_class=dict, "
                f"tz_aware=False, connect=True)")


class Database:
    def __init__(self, client, name):
        self.client = client
        self.name = name

    def _colls(self):
        return self.client._server.setdefault(self.name, {})

    def __getitem__(self, name):
        return self.get_collection(name)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(f"Database has no attribute {name!r}. To access the {name} "
                                 f"collection, use database[{name!r}].")
        return self.get_collection(name)

    def get_collection(self, name, **kwargs):
        return self._collection_class()(self, name)

    def _collection_class(self):
        return Collection

    def list_collection_names(self):
        self.client._wait('list_collection_names()')
        return sorted(n for n, s in self._colls().items() if s.docs)

    def drop_collection(self, name):
        self.client._wait(f'drop_collection({name!r})')
        self._colls().pop(getattr(name, 'name', name), None)

    def command(self, command, *args, **kwargs):
        self.client._wait(f'command({command!r})')
        return {'ok': 1.0}

    def __eq__(self, other):
        return isinstance(other, Database) and (self.client, self.name) == (other.client,
                                                                           other.name)

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f'Database({self.client!r}, {self.name!r})'


class Collection:
    def __init__(self, database, name):
        self.database = database
        self.name = name
        self.full_name = f'{database.name}.{name}'

    def _store(self):
        colls = self.database._colls()
        s = colls.get(self.name)
        if s is None:
            s = colls[self.name] = _Store(self.database.name, self.name)
        return s

    def _call(self, op, fn, *args):
        return self.database.client._call(f'{self.name}.{op}()', fn, *args)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(f"Collection has no attribute {name!r}. To access the "
                                 f"{self.name}.{name} collection, use "
                                 f"database['{self.name}.{name}'].")
        return self.database.get_collection(f'{self.name}.{name}')

    def __getitem__(self, name):
        return self.database.get_collection(f'{self.name}.{name}')

    # Each operation is done at the server at once; the client then waits for the answer.
    def _insert_one(self, document):
        if not isinstance(document, dict):
            raise TypeError('document must be an instance of dict, bson.son.SON, '
                            'bson.raw_bson.RawBSONDocument, or a type that inherits from '
                            'collections.MutableMapping')
        return InsertOneResult(self._store().insert(document))

    def _insert_many(self, documents, ordered=True):
        ids = []
        error = None
        for d in documents:
            try:
                ids.append(self._store().insert(d))
            except DuplicateKeyError as e:
                error = e
                if ordered:
                    break
        if error is not None:
            raise errors.BulkWriteError('batch op errors occurred', 65)
        return InsertManyResult(ids)

    def _find_one(self, filter, projection, sort):
        if filter is not None and not isinstance(filter, dict):
            filter = {'_id': filter}
        found = self._store().find(filter, projection, sort, 0, 1)
        return found[0] if found else None

    def _count(self, filter, skip=0, limit=0):
        return len(self._store().find(filter, None, None, skip, limit))

    def _update(self, filter, update, upsert, many, replace=False):
        if not replace and (not update or not all(str(k).startswith('$') for k in update)):
            raise ValueError('update only works with $ operators')
        if replace and any(str(k).startswith('$') for k in update):
            raise ValueError('replacement can not include $ operators')
        store = self._store()
        n = modified = 0
        for d in store.docs:
            if _matches(d, filter):
                n += 1
                if replace:
                    new = dict(_copy(update))
                    new['_id'] = d['_id']
                    changed = new != d
                    d.clear()
                    d.update(new)
                else:
                    changed = _apply_update(d, update)
                modified += changed
                if not many:
                    break
        raw = {'n': n, 'nModified': modified, 'ok': 1.0, 'updatedExisting': n > 0}
        if n == 0 and upsert:
            doc = {k: _copy(v) for k, v in filter.items() if not k.startswith('$')
                   and not _is_operator_doc(v)}
            if replace:
                doc.update(_copy(update))
            else:
                _apply_update(doc, update)
            raw = {'n': 1, 'nModified': 0, 'upserted': store.insert(doc), 'ok': 1.0,
                   'updatedExisting': False}
        return UpdateResult(raw)

    def _delete(self, filter, many):
        store = self._store()
        keep = []
        n = 0
        for d in store.docs:
            if (many or n == 0) and _matches(d, filter):
                n += 1
            else:
                keep.append(d)
        store.docs = keep
        return DeleteResult({'n': n, 'ok': 1.0})

    def _estimated(self):
        return len(self._store().docs)

    def _distinct(self, key, filter):
        out = []
        for d in self._store().find(filter):
            v = _get(d, key)
            for one in (v if isinstance(v, list) else [v]):
                if one is not _MISSING and one not in out:
                    out.append(one)
        return out

    def insert_one(self, document, bypass_document_validation=False, session=None,
                   comment=None):
        return self._call('insert_one', self._insert_one, document)

    def insert_many(self, documents, ordered=True, bypass_document_validation=False,
                    session=None, comment=None):
        return self._call('insert_many', self._insert_many, documents, ordered)

    def find_one(self, filter=None, *args, **kwargs):
        projection = args[0] if args else kwargs.get('projection')
        sort = kwargs.get('sort')
        return self._call('find_one', self._find_one, filter, projection,
                          _sort_spec(sort) if sort else None)

    def find(self, filter=None, projection=None, skip=0, limit=0, sort=None, **kwargs):
        return Cursor(self, filter, projection, skip, limit, sort)

    def count_documents(self, filter, session=None, comment=None, **kwargs):
        return self._call('count_documents', self._count, filter, kwargs.get('skip', 0),
                          kwargs.get('limit', 0))

    def estimated_document_count(self, comment=None, **kwargs):
        return self._call('estimated_document_count', self._estimated)

    def distinct(self, key, filter=None, session=None, comment=None, **kwargs):
        return self._call('distinct', self._distinct, key, filter)

    def update_one(self, filter, update, upsert=False, **kwargs):
        return self._call('update_one', self._update, filter, update, upsert, False)

    def update_many(self, filter, update, upsert=False, **kwargs):
        return self._call('update_many', self._update, filter, update, upsert, True)

    def replace_one(self, filter, replacement, upsert=False, **kwargs):
        return self._call('replace_one', self._update, filter, replacement, upsert, False,
                          True)

    def delete_one(self, filter, collation=None, hint=None, session=None, **kwargs):
        return self._call('delete_one', self._delete, filter, False)

    def delete_many(self, filter, collation=None, hint=None, session=None, **kwargs):
        return self._call('delete_many', self._delete, filter, True)

    def drop(self, session=None, comment=None):
        self.database.drop_collection(self.name)

    def __eq__(self, other):
        return isinstance(other, Collection) and (self.database, self.name) == (
            other.database, other.name)

    def __hash__(self):
        return hash(self.full_name)

    def __repr__(self):
        return f'Collection({self.database!r}, {self.name!r})'


class Cursor:
    """The documents find() matches, fetched from the server (one round trip) when first
    iterated; sort(), skip() and limit() apply before that."""

    def __init__(self, collection, filter, projection, skip, limit, sort):
        self._collection = collection
        self._filter = filter
        self._projection = projection
        self._skip = skip
        self._limit = limit
        self._sort = _sort_spec(sort) if sort else None
        self._docs = None

    def _check_unused(self):
        if self._docs is not None:
            raise errors.InvalidOperation('cannot set options after executing query')

    def sort(self, key_or_list, direction=None):
        self._check_unused()
        self._sort = _sort_spec(key_or_list, direction)
        return self

    def skip(self, skip):
        self._check_unused()
        self._skip = skip
        return self

    def limit(self, limit):
        self._check_unused()
        self._limit = limit
        return self

    def _fetch(self):
        return self._collection._store().find(self._filter, self._projection, self._sort,
                                              self._skip, self._limit)

    def __iter__(self):
        return self

    def __next__(self):
        if self._docs is None:
            self._docs = self._collection._call('find', self._fetch)
        if not self._docs:
            raise StopIteration
        return self._docs.pop(0)

    def next(self):
        return self.__next__()

    def close(self):
        self._docs = []

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


Cursor.__module__ = 'pymongo.cursor'
Collection.__module__ = 'pymongo.collection'
Database.__module__ = 'pymongo.database'
MongoClient.__module__ = 'pymongo.mongo_client'
