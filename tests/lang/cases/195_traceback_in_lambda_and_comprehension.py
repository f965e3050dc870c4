# lambda and comprehension frames in tracebacks
items = [3, 1, 0]
f = lambda x: 6 // x
print({i: f(i) for i in items})
