# divmod, pow and round with various types
print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3), pow(2, 100), pow(2, -2), pow(-8, 1 / 3) if False else 0)
print(pow(3, 200, 7), pow(10, 20, 9), round(123.456, 1), round(123.456, -1), round(5), round(-7.5))
