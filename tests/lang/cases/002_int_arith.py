# integer arithmetic and Python's floor semantics
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3)
print(divmod(17, 5), divmod(-17, 5))
print(abs(-5), pow(2, 8), pow(3, 4, 5))
print(1 << 10, 1024 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5)
x = 10
x += 5; x -= 2; x *= 3; x //= 4
print(x)
