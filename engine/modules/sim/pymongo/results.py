"""pymongo.results of the simulated pymongo (Coroscope): what write operations return."""


class InsertOneResult:
    def __init__(self, inserted_id, acknowledged=True):
        self.inserted_id = inserted_id
        self.acknowledged = acknowledged

    def __repr__(self):
        return f'InsertOneResult({self.inserted_id!r}, acknowledged={self.acknowledged})'


class InsertManyResult:
    def __init__(self, inserted_ids, acknowledged=True):
        self.inserted_ids = inserted_ids
        self.acknowledged = acknowledged

    def __repr__(self):
        return f'InsertManyResult({self.inserted_ids!r}, acknowledged={self.acknowledged})'


class UpdateResult:
    def __init__(self, raw_result, acknowledged=True):
        self.raw_result = raw_result
        self.acknowledged = acknowledged

    @property
    def matched_count(self):
        return 0 if 'upserted' in self.raw_result else self.raw_result['n']

    @property
    def modified_count(self):
        return self.raw_result['nModified']

    @property
    def upserted_id(self):
        return self.raw_result.get('upserted')

    def __repr__(self):
        return f'UpdateResult({self.raw_result!r}, acknowledged={self.acknowledged})'


class DeleteResult:
    def __init__(self, raw_result, acknowledged=True):
        self.raw_result = raw_result
        self.acknowledged = acknowledged

    @property
    def deleted_count(self):
        return self.raw_result['n']

    def __repr__(self):
        return f'DeleteResult({self.raw_result!r}, acknowledged={self.acknowledged})'
