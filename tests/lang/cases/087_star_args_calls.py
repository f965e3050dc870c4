# star unpacking in calls and displays
def f(*a, **k):
    return a, k
print(f(*range(3), *"ab", x=1, **{"y": 2}))
print([*range(2), *[5, 6]], (*"xy", 1), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
first, *middle, last = range(6)
print(first, middle, last)
args = [1, 2, 3]
print(max(*args), "{}-{}-{}".format(*args))
def kw_only(*, a, b=2):
    return a + b
print(kw_only(**{"a": 5}))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(b=1)
except TypeError as e:
    print("TypeError:", e)
