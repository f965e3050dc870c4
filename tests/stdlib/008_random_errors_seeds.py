import random

for seed in ["hello", b"bytes", "", 3.5, -2.25, True, 0, 12345678901234567890]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
random.seed("abc", version=1)
print(random.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(10, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.sample({1, 2}, 1), lambda: random.choices("ab", [1], k=2),
            lambda: random.choices("ab", [0, 0]), lambda: random.getrandbits(-1),
            lambda: random.randint(1, 0), lambda: random.gammavariate(-1, 1),
            lambda: random.choices("ab", 3), lambda: random.randrange(1.5),
            lambda: random.randrange(1, "x"), lambda: random.seed([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
random.seed(7)
print(random.sample(range(10**6), 10))
print(random.sample(["red", "blue"], counts=[3, 2], k=4))
big = list(range(50))
random.shuffle(big)
print(big)
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3)
print(m.randrange(10), m.choice("abcd"), m.uniform(0, 2))
