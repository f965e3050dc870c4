"""bson.objectid.ObjectId of the simulated bson (Coroscope): 12 bytes, the first 4 the creation
time on the program's clock, then 5 fixed bytes (a real ObjectId has 5 random ones) and a
counter from 0, so that a run gives the same ids every time."""

import time

from bson.errors import InvalidId

_HEX = '0123456789abcdef'


class ObjectId:
    _inc = 0
    _machine = '636f726f73'  # b'coros': where a real ObjectId has 5 random bytes

    def __init__(self, oid=None):
        if oid is None:
            stamp = int(time.time()) & 0xffffffff
            ObjectId._inc = (ObjectId._inc + 1) % 0xffffff
            self._id = '%08x%s%06x' % (stamp, ObjectId._machine, ObjectId._inc)
        elif isinstance(oid, ObjectId):
            self._id = oid._id
        elif isinstance(oid, str) and len(oid) == 24 and all(c in _HEX for c in oid.lower()):
            self._id = oid.lower()
        elif isinstance(oid, bytes) and len(oid) == 12:
            self._id = oid.hex()
        else:
            raise InvalidId(f'{oid!r} is not a valid ObjectId, it must be a 12-byte input or '
                            f'a 24-character hex string')

    @classmethod
    def is_valid(cls, oid):
        try:
            ObjectId(oid)
            return True
        except (InvalidId, TypeError):
            return False

    @property
    def binary(self):
        return bytes(int(self._id[i:i + 2], 16) for i in range(0, 24, 2))

    @property
    def generation_time(self):
        import datetime
        return datetime.datetime.utcfromtimestamp(int(self._id[:8], 16))

    def __str__(self):
        return self._id

    def __repr__(self):
        return f"ObjectId('{self._id}')"

    def __eq__(self, other):
        if isinstance(other, ObjectId):
            return self._id == other._id
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, ObjectId):
            return self._id != other._id
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, ObjectId):
            return self._id < other._id
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, ObjectId):
            return self._id <= other._id
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, ObjectId):
            return self._id > other._id
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, ObjectId):
            return self._id >= other._id
        return NotImplemented

    def __hash__(self):
        return hash(self._id)
