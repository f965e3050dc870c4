# a 50-line lecture-style scenario (generators driving coroutines by hand)
import types

@types.coroutine
def sleep(ticks):
    for _ in range(ticks):
        yield "tick"

class Task:
    def __init__(self, name, coro):
        self.name = name
        self.coro = coro
        self.result = None
        self.done = False

    def step(self):
        try:
            self.coro.send(None)
        except StopIteration as e:
            self.result = e.value
            self.done = True

async def worker(name, n):
    total = 0
    for i in range(n):
        await sleep(1)
        total += i
    return f"{name}:{total}"

def run(tasks):
    ready = list(tasks)
    order = []
    while ready:
        t = ready.pop(0)
        t.step()
        order.append(t.name)
        if not t.done:
            ready.append(t)
    return order

tasks = [Task(f"t{i}", worker(f"t{i}", i + 2)) for i in range(3)]
order = run(tasks)
print(order[:6], len(order))
for t in tasks:
    print(t.name, t.result)
try:
    raise ExceptionGroup("demo", [ValueError(1), KeyError(2)])
except* ValueError as eg:
    print("values", len(eg.exceptions))
except* KeyError as eg:
    print("keys", len(eg.exceptions))
print(sorted({x % 5 for x in range(20)}), {k: v for k, v in zip("ab", (1, 2))})
