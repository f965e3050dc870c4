import random
from collections import Counter

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = Counter(rolls)
for total in sorted(hist):
    print(f"{total:2} {hist[total]:4} {'*' * (hist[total] // 10)}")
inside = 0
for _ in range(5000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi ~", 4 * inside / 5000)
pos = 0
walk = []
for _ in range(20):
    pos += random.choice([-1, 1])
    walk.append(pos)
print(walk)
print(random.random())
