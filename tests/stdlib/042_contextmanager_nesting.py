from contextlib import contextmanager, ExitStack

depth = 0


@contextmanager
def indent(label):
    global depth
    print("  " * depth + f"enter {label}")
    depth += 1
    try:
        yield depth
    finally:
        depth -= 1
        print("  " * depth + f"exit {label}")


with indent("outer") as d1:
    with indent("middle") as d2, indent("inner") as d3:
        print("levels", d1, d2, d3)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback ({e})")
        raise
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("insert")
try:
    with transaction(log):
        log.append("update")
        raise ValueError("bad row")
except ValueError:
    pass
print(log)


class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name)
        return False


try:
    with ExitStack() as stack:
        for name in ["a", "b", "c"]:
            stack.enter_context(Resource(name, fail=(name == "c")))
except RuntimeError as e:
    print("error:", e)
with ExitStack() as stack:
    stack.callback(lambda: print("cb 1"))

    @stack.callback
    def cleanup():
        print("cb 2 (decorator)")

    stack.push(lambda et, ev, tb: print("exit fn sees", et))
    print("body done")


@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")


with swallow():
    raise KeyError("x")
print("end")
