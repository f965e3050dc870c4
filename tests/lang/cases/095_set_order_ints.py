# int sets iterate in CPython's hash-table order
print({5, 3, 9, 1, 7})
print({-1, -2, 0, 1})
print(set(range(100, 80, -5)))
s = set()
for i in [64, 8, 16, 32, 4]:
    s.add(i)
print(s)
print({1, 2, 3} | {100, 200}, {1000, 2000, 3000} - {2000})
print(sorted({3, 1, 2}), list({10: 0, 1: 0}))
print(frozenset([9, 8, 7]), {(1, 2), (3, 4)} == {(3, 4), (1, 2)})
