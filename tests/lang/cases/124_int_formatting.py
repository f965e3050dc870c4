# int formatting
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#X} {n:08b} {n:,} {n:+} {-n:05}")
print(format(1234567890, ","), format(-42, "x"), f"{7:>4}", f"{7:*^7}", f"{65:c}")
print(str(10**30), repr(-10**20), int("-0"), int("+12"), hex(2**64))
