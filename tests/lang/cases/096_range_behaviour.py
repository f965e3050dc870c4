# range objects
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:3], list(r), 8 in r, 9 in r)
print(range(5) == range(0, 5), range(0) == range(3, 3), list(range(5, 0, -1)))
print(r.index(8) if hasattr(r, "index") else None, r.start, r.stop, r.step)
print(sum(range(101)), max(range(7)), list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
