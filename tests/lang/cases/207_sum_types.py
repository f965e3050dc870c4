# sum with start values and floats
print(sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2, 3]], []), sum((i for i in range(4)), start=-6))
print(sum([1, 2.5]), sum([]), sum([True, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
