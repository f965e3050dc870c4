# ZeroDivisionError deep inside an expression
def mean(xs):
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(round(mean([]) * 100, 2))
