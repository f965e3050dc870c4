# elif chains and nested conditionals
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        return "small even"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 4, 42)])
