# lambda with map, filter, sorted and reduce-like folds
nums = [5, 3, 8, 1]
print(list(map(lambda x: x * 2, nums)))
print(list(filter(lambda x: x > 3, nums)))
print(sorted(nums, key=lambda x: -x))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(zip("abc", [1, 2, 3])), list(zip([1, 2, 3], "ab")))
print(list(enumerate("xy", start=1)))
print(max(nums), min(nums), max(nums, key=lambda x: x % 5), min([], default=None))
print(any(x > 7 for x in nums), all(x > 0 for x in nums), sum(nums), sum([0.5, 0.25]))
print(list(reversed(nums)), list(range(10, 0, -3)))
