from itertools import count, cycle, islice
from collections import deque

_ids = count(1)


class Task:
    def __init__(self, name, steps):
        self.id = next(_ids)
        self.name = name
        self.gen = self.run(steps)

    def run(self, steps):
        for i in range(steps):
            yield f"{self.name} step {i}"

    def __repr__(self):
        return f"Task#{self.id}({self.name})"


tasks = deque([Task("a", 2), Task("b", 3), Task("c", 1)])
print(list(tasks))
while tasks:
    t = tasks.popleft()
    try:
        print(next(t.gen))
    except StopIteration:
        print(t, "finished")
        continue
    tasks.append(t)


def countdown(n):
    while n > 0:
        got = yield n
        if got:
            print("  received", got)
        n -= 1
    return "liftoff"


ready = deque([[countdown(2), False], [countdown(3), False]])
turns = cycle(["x", None])
while ready:
    entry = ready.popleft()
    g, started = entry
    try:
        v = g.send(next(turns)) if started else g.send(None)
        entry[1] = True
        print("yielded", v)
        ready.append(entry)
    except StopIteration as e:
        print("returned", e.value)
print(list(islice(_ids, 3)))
