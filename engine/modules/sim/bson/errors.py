"""bson.errors of the simulated bson (Coroscope)."""


class BSONError(Exception):
    """Base class for all BSON exceptions."""


class InvalidId(BSONError):
    """Raised when trying to create an ObjectId from invalid data."""
