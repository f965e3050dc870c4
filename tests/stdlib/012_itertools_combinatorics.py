from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product("ab", [1], repeat=2)), list(product()), list(product("ab", [])))
print(list(permutations("ABC")), list(permutations(range(4), 2)))
print(list(permutations([])), list(permutations("ab", 3)), list(permutations("ab", 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(5), 3)))
print(list(combinations("ab", 3)), list(combinations("ab", 0)), list(combinations([], 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(3), repeat=5)))
for bad in [lambda: permutations("ab", -1), lambda: combinations("ab", -1), lambda: product("a", repeat=-1),
            lambda: combinations("ab"), lambda: combinations_with_replacement("ab", -2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
pw = ["".join(p) for p in product("01", repeat=3)]
print(pw)
print([c for c in combinations([1, 2, 3, 4, 5], 2) if sum(c) == 6])
