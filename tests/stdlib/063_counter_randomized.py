import random
from collections import Counter

rng = random.Random(777)
lines = []
for trial in range(200):
    a = Counter({k: rng.randrange(-3, 5) for k in rng.sample("abcdefg", rng.randrange(7))})
    b = Counter(rng.choices("abcdefg", k=rng.randrange(8)))
    lines.append(repr((a + b, a - b, a | b, a & b, +a, -a)))
    lines.append(repr((a.most_common(2), b.most_common(), sorted(a.elements()), a.total(), a == b, a <= b, b >= a)))
    c = a.copy()
    c.update(b)
    c.subtract("ab")
    lines.append(repr(c))
    c += b
    c -= a
    lines.append(repr(c))
h = 0
for line in lines:
    for ch in line:
        h = (h * 131 + ord(ch)) % 1000000007
print(lines[0])
print(lines[-1])
print(len(lines), h)
