# iter(callable, sentinel)
data = [3, 2, 1, 0, 5]
it = iter(lambda: data.pop(0), 0)
print(list(it), data)
