# values flow back through nested awaits
import types
@types.coroutine
def ask(q):
    answer = yield q
    return answer
async def layer2():
    a = await ask("q1")
    b = await ask("q2")
    return a + b
async def layer1():
    return (await layer2()) * 2
c = layer1()
q = c.send(None)
answers = {"q1": 3, "q2": 4}
while True:
    try:
        q = c.send(answers[q])
    except StopIteration as e:
        print("final", e.value)
        break
