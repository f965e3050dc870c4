# chained and swapped assignments
a = b = c = [1]
a.append(2)
print(a, b, c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "st"
print(s, t)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError:", e)
