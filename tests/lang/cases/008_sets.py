# sets of small ints iterate in CPython's order
s = {3, 1, 2}
s.add(10)
print(s, len(s), 2 in s)
s.discard(1)
print(s)
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
print(set([5, 3, 5, 1]), frozenset({2, 1}), set())
print({x % 4 for x in range(10)})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.isdisjoint({3}))
print(set(range(20, 0, -3)))
print({100, 33, 7, 64, 1000})
