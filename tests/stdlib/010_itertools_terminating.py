from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       groupby, islice, starmap, tee, zip_longest, pairwise)

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(chain("ab", [1, 2], (3,))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 2)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice("abc", 0)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), next(it))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter("abc"), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(tee([1], 0), len(tee([1])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [])))
print(list(zip_longest()), list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
for bad in [lambda: islice("a", -1), lambda: islice("a", 1, -1), lambda: islice("a", 0, 3, 0),
            lambda: islice("a", "x"), lambda: tee("a", -1), lambda: list(chain(1)),
            lambda: islice(5, 1), lambda: list(starmap(pow, [1]))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s = chain([1], [2])
print(type(s).__name__, next(s), next(s))
print(list(accumulate(range(6), lambda a, b: a * 10 + b)))
print(list(islice(chain.from_iterable(iter([[1, 2], [3]])), 5)))
for args in [(-2,), (1, -2), (-1, 2), ("a", 2), (0, 2, -1), (0, 2, None), (None, 2), (1, None, 2)]:
    try:
        print(list(islice(range(6), *args)))
    except ValueError as e:
        print("ValueError", e)
