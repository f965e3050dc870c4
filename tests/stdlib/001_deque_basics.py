from collections import deque

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
print(d[0], d[-1], 7 in d, 99 in d)
d[1] = "B"
del d[0]
print(d, list(reversed(d)))
print(d.count(7), d.index(7))
d.insert(2, "x")
d.remove("x")
print(d)
d.reverse()
print(d)
e = d.copy()
print(e == d, e is d, deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
d.clear()
print(d, repr(deque()), deque("hello"))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1])["a"],
            lambda: hash(deque())):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque([0]))
x = deque([1])
x += [2, 3]
print(x)
x *= 2
print(x)
