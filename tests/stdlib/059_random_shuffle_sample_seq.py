import random
from collections import deque

random.seed(99)
names = ["ann", "bob", "cid", "dee", "eve", "fay"]
teams = names[:]
random.shuffle(teams)
print(teams[:3], teams[3:])
print(random.sample(sorted({"x", "y", "z"}), 2), random.sample(range(1, 50), 6))
d = deque(range(8))
random.shuffle(d)
print(d)
print(random.sample("abcdefghij", k=4), random.choice(("heads", "tails")), random.choice(range(100, 200)))
print([random.randrange(0, 10, 3) for _ in range(6)], random.randrange(-5, 0))
print([round(random.expovariate(2.0), 5) for _ in range(3)])
print([round(random.normalvariate(100, 15), 3) for _ in range(3)])
state_a = [random.random() for _ in range(2)]
random.seed(99)
random.shuffle(names[:])
print(random.sample(sorted({"x", "y", "z"}), 2))
