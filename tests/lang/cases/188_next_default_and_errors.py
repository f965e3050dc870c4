# next() with default and on non-iterators
it = iter([])
print(next(it, "default"))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
g = (i for i in range(1))
print(next(g), next(g, None))
