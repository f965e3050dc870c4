# augmented assignment on attributes, subscripts and nested targets
class P:
    def __init__(self):
        self.n = 1
        self.items = [1, 2]
p = P()
p.n += 10
p.items[0] *= 5
p.items += [3]
d = {"k": 1}
d["k"] -= 4
s = "ab"
s *= 2
t = (1,)
t += (2,)
print(p.n, p.items, d, s, t)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
print(m)
x = y = z = 0
x += 1
print(x, y, z)
a = b = []
a += [1]
print(a, b, a is b)
