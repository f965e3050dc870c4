from itertools import islice, chain, zip_longest, tee, filterfalse, combinations, groupby, count, repeat, starmap, cycle
from collections import deque


def take(n, iterable):
    return list(islice(iterable, n))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element


def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def tabulate(function, start=0):
    return map(function, count(start))


def consume(iterator, n=None):
    if n is None:
        deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)


print(take(3, count(10)), nth(range(10), 3), nth("abc", 10, "dflt"))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")))
print(list(sliding_window("ABCDEFG", 4)), [list(p) for p in partition(lambda x: x % 2, range(10))])
print(all_equal("aaa"), all_equal("aab"), all_equal(""), list(flatten([[1, 2], [3]])), take(4, tabulate(lambda x: x * x)))
it = iter(range(10))
consume(it, 3)
print(next(it))
consume(it)
print(next(it, "done"), list(starmap(lambda a, b: a * b, zip(range(4), repeat(3)))))
