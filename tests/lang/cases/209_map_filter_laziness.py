# map and filter are lazy iterators
def loud(x):
    print("map", x)
    return x * 10
m = map(loud, [1, 2, 3])
print("created")
print(next(m))
print(list(m))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f))
