# the first iterable of a generator expression is evaluated immediately
items = [1, 2, 3]
g = (x * 10 for x in items)
items = [7, 8]
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
