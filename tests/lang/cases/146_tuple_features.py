# tuples: immutability, nesting, comparison
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + (3,), (0,) * 3, (1, (2, 3)) < (1, (2, 4)), tuple(sorted((3, 1, 2))))
print(len(()), (1, 2, 3)[::-1], divmod(9, 4), type((1)), type((1,)))
