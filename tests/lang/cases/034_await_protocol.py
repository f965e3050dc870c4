# objects with __await__ and the await protocol errors
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield f"waiting for {self.v}"
        return self.v
async def main():
    a = await Ready(1)
    b = await Ready(2)
    return a + b
c = main()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("sum", e.value)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
