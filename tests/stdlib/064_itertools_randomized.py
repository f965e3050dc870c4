import random
from itertools import (islice, groupby, product, permutations, combinations, combinations_with_replacement,
                       accumulate, zip_longest, tee, compress, pairwise, chain, takewhile, dropwhile)

rng = random.Random(4242)
lines = []
for trial in range(300):
    data = [rng.randrange(4) for _ in range(rng.randrange(7))]
    args = rng.choice([(rng.randrange(8),), (rng.randrange(5), rng.randrange(9)),
                       (rng.randrange(5), rng.choice([None, rng.randrange(9)]), rng.randrange(1, 4))])
    it = iter(data)
    lines.append(repr((list(islice(it, *args)), list(it))))
    lines.append(repr([(k, list(g)) for k, g in groupby(data)]))
    lines.append(repr([(k, len(list(g))) for k, g in groupby(sorted(data), key=lambda x: x % 2)]))
    r = rng.randrange(4)
    lines.append(repr((list(permutations(data[:4], r)), list(combinations(data, r)))))
    lines.append(repr((list(combinations_with_replacement(data[:3], r)), list(product(data[:2], data[:3], repeat=rng.randrange(3))))))
    lines.append(repr((list(accumulate(data)), list(accumulate(data, max, initial=rng.randrange(3))), list(pairwise(data)))))
    other = [rng.randrange(2) for _ in range(rng.randrange(7))]
    lines.append(repr((list(zip_longest(data, other, fillvalue="-")), list(compress(data, other)))))
    a, b = tee(data)
    lines.append(repr((next(a, None), list(b), list(a), list(chain(data, other)))))
    lines.append(repr((list(takewhile(lambda x: x < 2, data)), list(dropwhile(lambda x: x < 2, data)))))
h = 0
for line in lines:
    for ch in line:
        h = (h * 131 + ord(ch)) % 1000000007
print(lines[:3])
print(len(lines), h)
