# Thousands of random deque operations; every result and state is folded into a checksum, and
# the first divergence would change it. A few states are printed for orientation.
import random
from collections import deque

rng = random.Random(12345)
log = []


def checksum(lines):
    h = 0
    for line in lines:
        for ch in line:
            h = (h * 131 + ord(ch)) % 1000000007
    return h


for trial in range(40):
    maxlen = rng.choice([None, None, 0, 1, 3, 5])
    d = deque(range(rng.randrange(6)), maxlen)
    for step in range(60):
        op = rng.randrange(14)
        v = rng.randrange(-3, 10)
        try:
            if op == 0:
                d.append(v); r = None
            elif op == 1:
                d.appendleft(v); r = None
            elif op == 2:
                r = d.pop()
            elif op == 3:
                r = d.popleft()
            elif op == 4:
                d.extend(range(v)); r = None
            elif op == 5:
                d.extendleft(range(v)); r = None
            elif op == 6:
                d.rotate(v); r = None
            elif op == 7:
                r = d[v]
            elif op == 8:
                d.insert(v, "i"); r = None
            elif op == 9:
                d.remove(v); r = None
            elif op == 10:
                r = (d.count(v), v in d, d.index(v))
            elif op == 11:
                del d[v]; r = None
            elif op == 12:
                d.reverse(); r = len(d)
            else:
                r = (d == deque(list(d)), d < deque([v]), bool(d))
        except (IndexError, ValueError, TypeError) as e:
            r = f"{type(e).__name__}: {e}"
        log.append(f"{op} {v} {r!r} {d!r}")
    if trial % 10 == 0:
        print(log[-1])
print(len(log), checksum(log))
