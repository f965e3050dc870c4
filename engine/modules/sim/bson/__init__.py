"""bson, simulated (Coroscope): ObjectId for the simulated pymongo and motor."""

from bson.errors import BSONError, InvalidId
from bson.objectid import ObjectId
