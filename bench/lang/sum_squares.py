# sum of squares through a generator expression
print(sum(x * x for x in range(10 ** 6)))
