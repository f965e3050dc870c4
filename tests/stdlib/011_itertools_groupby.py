from itertools import groupby

data = "AAAABBBCCDAABBB"
print([k for k, g in groupby(data)])
print([list(g) for k, g in groupby(data)])
print([(k, len(list(g))) for k, g in groupby(sorted(data))])
people = [("alice", "dev"), ("bob", "dev"), ("carol", "ops"), ("dave", "dev")]
for team, members in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(team, [m[0] for m in members])
groups = []
for k, g in groupby([1, 1, 2, 2, 2, 3]):
    groups.append(g)
print([list(g) for g in groups])
gb = groupby("aabbc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
print(list(groupby([])))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
