# OSError(errno, strerror[, filename]): the attributes, the message, and the subclass the errno
# selects; subclasses calling OSError's __init__ through super().
try:
    raise OSError(2, "No such file or directory")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e, repr(e), e.args)
e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, e, e.filename, e.args)
print(OSError("plain"), OSError("plain").errno, OSError().strerror, OSError(1, 2, 3, 4, 5, 6))
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, type(OSError(999, "x")).__name__)
print(type(FileNotFoundError(13, "x")).__name__, ConnectionRefusedError(111, "refused"))


class AppError(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "yes"


a = AppError(13, "denied")
print(a, a.errno, a.strerror, a.extra, isinstance(a, OSError))
try:
    raise TimeoutError(110, "timed out")
except OSError as err:
    print(type(err).__name__, err)
