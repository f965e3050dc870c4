# A suspended generator that becomes garbage is closed: its finally blocks and with exits run.
# CPython closes it when the last reference goes; the collector here does it at the next
# collection, which the allocation loop below forces before anything else is printed.


def churn():
    junk = [[j] for j in range(200000)]
    return len(junk)


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__)


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


def managed():
    with Resource():
        yield "r"


def raiser():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


for i in range(3):
    for n in numbers(i):
        break
churn()
print("after loops")

m = managed()
next(m)
m = None
churn()
print("after with")

kept = numbers("kept")
next(kept)
closed = numbers("closed")
next(closed)
closed.close()
closed = None
churn()
print("kept still suspended:", next(kept))
kept.close()

r = raiser()
next(r)
r = None
churn()
print("end")
