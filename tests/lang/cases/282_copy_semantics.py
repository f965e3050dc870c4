# shallow copies
a = [[1], [2]]
b = a.copy()
c = a[:]
d = list(a)
b[0].append(99)
print(a, b, c, d, a[0] is c[0])
e = dict(x=[1])
f = e.copy()
f["x"].append(2)
print(e, f)
