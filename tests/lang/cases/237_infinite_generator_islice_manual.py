# taking from infinite generators by hand
def evens():
    n = 0
    while True:
        yield n
        n += 2
out = []
for v in evens():
    if v > 10:
        break
    out.append(v)
print(out)
g = evens()
print([next(g) for _ in range(4)])
