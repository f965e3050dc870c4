# B5: a generator expression over a million ints.
print(sum(x * x for x in range(10**6)))
