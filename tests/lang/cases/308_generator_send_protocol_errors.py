# sending to a finished generator raises StopIteration again
def g():
    yield 1
it = g()
print(next(it))
for _ in range(2):
    try:
        it.send(None)
    except StopIteration:
        print("StopIteration")
