# an exception raised in __exit__ replaces the original and chains it
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
with Bad():
    raise ValueError("body failed")
