# async generator athrow and aclose driven by hand
async def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    except ValueError as e:
        print("ticker got", e)
        yield -1
    finally:
        print("ticker cleanup")
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    return "suspended"
t = ticker()
print(drive(t.__anext__()), drive(t.__anext__()))
print(drive(t.athrow(ValueError("stop"))))
print(drive(t.aclose()))
try:
    drive(t.__anext__())
except StopAsyncIteration:
    print("exhausted")
