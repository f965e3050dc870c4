import random

rng = random.Random(31337)
lines = []
for trial in range(300):
    lo = rng.randrange(-1000, 1000)
    hi = lo + rng.randrange(1, 2 ** rng.randrange(1, 80))
    step = rng.choice([1, 2, 3, 7, -1])
    try:
        v = rng.randrange(hi, lo, -step) if step < 0 else rng.randrange(lo, hi, step)
    except ValueError as e:
        v = str(e)
    seq = list(range(rng.randrange(1, 30)))
    k = rng.randrange(len(seq) + 1)
    lines.append(repr((v, rng.randint(lo, hi), rng.choice(seq), rng.sample(seq, k), rng.getrandbits(rng.randrange(1, 150)))))
    rng.shuffle(seq)
    lines.append(repr((seq, rng.choices(seq, k=3), rng.choices(seq, weights=range(1, len(seq) + 1), k=2))))
    lines.append(repr((rng.random(), rng.uniform(-1, 1), rng.gauss(), rng.triangular(0, 1, 0.2), rng.betavariate(2, 3),
                       rng.gammavariate(rng.choice([0.5, 1.0, 3.0]), 1), rng.vonmisesvariate(0.5, 3), rng.expovariate(2))))
h = 0
for line in lines:
    for ch in line:
        h = (h * 131 + ord(ch)) % 1000000007
print(lines[0])
print(len(lines), h)
