"""pymongo.errors of the simulated pymongo (Coroscope): the real library's hierarchy."""


class PyMongoError(Exception):
    """Base class for all PyMongo exceptions."""


class ConnectionFailure(PyMongoError):
    """Raised when a connection to the database cannot be made or is lost."""


class ServerSelectionTimeoutError(ConnectionFailure):
    """No server is available within serverSelectionTimeoutMS."""


class InvalidName(PyMongoError):
    """Raised when an invalid name is used."""


class InvalidOperation(PyMongoError):
    """Raised when a client attempts to perform an invalid operation."""


class OperationFailure(PyMongoError):
    """Raised when a database operation fails."""

    def __init__(self, error, code=None, details=None):
        PyMongoError.__init__(self, error)
        self.code = code
        self.details = details


class WriteError(OperationFailure):
    """Base exception type for errors raised during write operations."""


class DuplicateKeyError(WriteError):
    """Raised when an insert or update fails due to a duplicate key error."""


class BulkWriteError(OperationFailure):
    """Exception class for bulk write errors."""
