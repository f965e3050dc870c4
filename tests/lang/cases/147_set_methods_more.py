# set methods with CPython's ordering for ints
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
c = set(a)
c.update([10, 11], {12})
print(c)
c.intersection_update(range(0, 20, 2))
print(c)
c.difference_update({2})
print(c, c.issubset(range(100)), c.issuperset({4}))
s = {7}
print(s.pop(), s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([3, 2, 1])
print(fs | {4}, type(fs | {4}).__name__, hash(fs) == hash(frozenset([1, 2, 3])))
