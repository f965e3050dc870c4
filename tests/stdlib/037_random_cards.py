import random
from collections import namedtuple

Card = namedtuple("Card", "rank suit")
ranks = [str(n) for n in range(2, 11)] + list("JQKA")
suits = "spades diamonds clubs hearts".split()
deck = [Card(r, s) for s in suits for r in ranks]
rng = random.Random(7)
rng.shuffle(deck)
print(deck[:5])
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    print(" ".join(c.rank + c.suit[0] for c in h))
print(rng.choice(deck), rng.sample(deck, 2))
players = ["ann", "bob", "cid", "dee"]
rng.shuffle(players)
print(players, rng.choices(players, weights=[1, 2, 3, 4], k=8))
