# the first resumption must send None
def g():
    v = yield "ready"
    yield f"got {v}"
it = g()
print(it.send(None), it.send("data"))
