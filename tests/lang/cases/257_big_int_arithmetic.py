# arbitrary precision integers
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f % 1000007, f // 10 ** 20)
print(2 ** 200 - 1, (2 ** 200) >> 190, -(2 ** 100) // 3, (-(2 ** 100)) % 7)
print(int("9" * 40) + 1, 10 ** 40 == int("1" + "0" * 40), hash(10 ** 40) == hash(10 ** 40))
print(abs(-10 ** 25), 3 ** 100 > 2 ** 150, min(10 ** 30, 10 ** 29), float(2 ** 70))
