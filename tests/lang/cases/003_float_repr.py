# float reprs are the shortest round-trip strings
print(0.1 + 0.2, 1.0, 2.5, 1e16, 1e-5, 123456789.123, 1/3)
print(3.0 * 2, 10 / 4, 2 ** -1, float("1.5"), float(7))
print(1e300 * 10, -1e300 * 10)
print(round(2.5), round(3.5), round(2.675, 2), round(1234.5678, -2))
print(int(3.99), int(-3.99), int("42"), int("  -7 "), int("ff", 16), int("0b101", 0))
