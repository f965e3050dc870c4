# context manager errors and exception info passed to __exit__
class Log:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et, repr(ev), tb is None)
        return False
try:
    with Log():
        raise KeyError("x")
except KeyError:
    print("reraised")
class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print("TypeError:", e)
