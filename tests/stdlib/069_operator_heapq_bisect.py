import heapq
import bisect
import operator
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "ops", 50), Emp("bob", "dev", 70), Emp("cid", "dev", 60), Emp("dee", "ops", 55)]
print(sorted(staff, key=attrgetter("dept", "salary")))
print(max(staff, key=attrgetter("salary")).name, [itemgetter(0, 2)(e) for e in staff[:2]])
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), list(map(methodcaller("upper"), ["x", "y"])))
print(itemgetter(1), attrgetter("a.b"), methodcaller("split", ",", maxsplit=1))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"), operator.add(2, 3), operator.mul("ab", 2), operator.neg(4))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.contains([1], 1))
print(operator.getitem({"k": 1}, "k"), operator.index(5), operator.not_(0), operator.is_(None, None), operator.concat([1], [2]))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.length_hint([1, 2, 3]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
heap = []
for prio, task in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent-2")]:
    heapq.heappush(heap, (prio, task))
print(heap, [heapq.heappop(heap) for _ in range(len(heap))])
data = [5, 1, 8, 3, 9, 2]
heapq.heapify(data)
print(data, heapq.nsmallest(3, data), heapq.nlargest(2, data), heapq.heappushpop(data, 0), heapq.heapreplace(data, 7), data)
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), heapq.nlargest(2, staff, key=attrgetter("salary")))
print(list(heapq.merge(["a", "bb"], ["ccc"], key=len, reverse=False)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 60, 77, 95]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5, 1, 3))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(staff, 60, key=attrgetter("salary")) if False else bisect.bisect_left([e.salary for e in staff], 60))
b = sorted(staff, key=attrgetter("salary"))
bisect.insort(b, Emp("eve", "dev", 58), key=attrgetter("salary"))
print([e.name for e in b])
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify("ab")]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
