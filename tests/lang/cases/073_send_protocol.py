# a coroutine-style accumulator driven with send
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
data = {"a": [10, 20, 30], "b": [1.5, 2.5]}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
