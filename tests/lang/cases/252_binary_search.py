# binary search and bisect-like helpers
def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
xs = [1, 3, 5, 7, 9]
print([bsearch(xs, t) for t in (0, 1, 4, 9, 10)])
