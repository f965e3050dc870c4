import random

random.seed(1234)
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(), random.normalvariate(5, 0.5))
print(random.lognormvariate(0, 1), random.expovariate(1.5))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(5, 5))
print(random.vonmisesvariate(1.0, 2.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0), random.gammavariate(3.0, 1.0))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.randbytes(8))
r = random.Random(99)
print(r.random(), r.randint(0, 9), r.choice(["a", "b"]))
r2 = random.Random(99)
print(r2.random() == random.Random(99).random())
print(sum(random.random() for _ in range(1000)) > 0)
delays = [round(random.uniform(0.1, 0.5), 3) for _ in range(5)]
print(delays)
