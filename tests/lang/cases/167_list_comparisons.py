# list comparisons
print([1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0], [1, [2]] == [1, [2]], [0] * 2 == [0, 0])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
