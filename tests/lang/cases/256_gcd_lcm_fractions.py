# integer math helpers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 36), lcm(4, 6), gcd(2 ** 64, 2 ** 40), lcm(10 ** 12, 10 ** 15 + 1))
def simplify(n, d):
    g = gcd(n, d)
    return n // g, d // g
print(simplify(84, 126), simplify(-6, 8))
