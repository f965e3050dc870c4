# list errors
l = [1, 2, 3]
for f in [lambda: l[3], lambda: l["a"], lambda: l.pop(10), lambda: [].pop(), lambda: l.remove(9)]:
    try:
        f()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
l[-1] = 30
print(l)
try:
    l[5] = 0
except IndexError as e:
    print(e)
