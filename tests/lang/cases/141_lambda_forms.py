# lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
var = lambda *a, **k: (a, k)
print(sq(4), add(1), add(1, 2), var(1, z=2), (lambda: "nullary")())
print(sorted([(1, "b"), (0, "c")], key=lambda t: t[1]), sq.__name__)
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[n](10) for n in adders])
