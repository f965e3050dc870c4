from itertools import accumulate, groupby, product, permutations, combinations, chain, islice, takewhile, dropwhile, compress, zip_longest

transactions = [100, -30, -80, 50, -20]
print(list(accumulate(transactions)), list(accumulate(transactions, max)), list(accumulate(transactions, initial=1000)))
logs = [("2024-01-01", "INFO", "start"), ("2024-01-01", "ERROR", "fail"), ("2024-01-02", "INFO", "retry"),
        ("2024-01-02", "INFO", "ok"), ("2024-01-03", "WARN", "slow")]
for day, entries in groupby(logs, key=lambda e: e[0]):
    entries = list(entries)
    print(day, len(entries), [e[1] for e in entries])
by_level = {lvl: [e[2] for e in grp] for lvl, grp in groupby(sorted(logs, key=lambda e: e[1]), key=lambda e: e[1])}
print(by_level)
grid = list(product(range(3), range(2)))
print(grid, len(list(product("ab", repeat=3))))
dist = {("A", "B"): 5, ("A", "C"): 9, ("B", "C"): 3}


def d(a, b):
    return dist.get((a, b)) or dist[(b, a)]


best = min(permutations("BC"), key=lambda route: d("A", route[0]) + d(route[0], route[1]))
print(best, [("".join(c)) for c in combinations("ABCD", 3)])
print(list(chain.from_iterable(zip("abc", "123"))), list(islice(chain("xy", "z"), 1, None)))
print(list(takewhile(lambda l: l.startswith("#"), ["# a", "# b", "code", "# c"])), list(dropwhile(str.isspace, ["  ", " ", "x", " "])))
mask = [c.isupper() for c in "HeLLo"]
print("".join(compress("HeLLo", mask)), list(zip_longest([1, 2, 3], "ab", fillvalue=0)))
print(sum(1 for _ in combinations(range(20), 3)), list(islice(permutations(range(10)), 1000, 1002)))
