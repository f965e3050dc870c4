# tuples and unpacking
t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1], t[-1], t[:2], len(t))
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
a, b = b, a
print(a, b)
print((1,), (), tuple([1, 2]), t.index(2), t.count(1))
print(t + (4,), t * 2, (1, 2) < (1, 3))
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
