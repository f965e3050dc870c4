from collections import deque

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31])
print(d)
try:
    d.insert(0, 5)
except IndexError as e:
    print("IndexError", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError", e)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)
r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.rotate(13)
print(r)
deque().rotate(5)
history = deque(maxlen=4)
for line in ["a", "b", "c", "d", "e", "f"]:
    history.append(line)
    print(list(history))
print(deque([1, 2], maxlen=5).copy())
it = deque([1, 2, 3])
try:
    for v in it:
        it.append(v)
except RuntimeError as e:
    print("RuntimeError", e)
q = deque()
q.append("job1"); q.append("job2"); q.append("job3")
while q:
    print("processing", q.popleft())
rec = deque([1])
rec.append(rec)
print(rec)
