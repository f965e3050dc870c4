# enumerate, zip and iterator exhaustion
names = ["a", "b", "c"]
ages = [1, 2]
print(list(zip(names, ages)), dict(zip(names, ages)))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
e = enumerate("xy")
print(next(e), next(e), next(e, None))
print(list(zip()), list(zip([1])), list(enumerate([], 5)))
