# throw() into a suspended coroutine reaches the innermost await
import types
@types.coroutine
def wait():
    try:
        yield "waiting"
    except KeyError:
        print("leaf saw KeyError")
        raise
async def work():
    try:
        await wait()
    except KeyError as e:
        print("work caught", repr(e))
        return "recovered"
c = work()
print(c.send(None))
try:
    c.throw(KeyError("x"))
except StopIteration as e:
    print("value:", e.value)
c2 = work()
c2.send(None)
c2.close()
print("closed", c2.cr_frame)
