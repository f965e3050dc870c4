# math functions
import math
print(math.sqrt(2), math.floor(-1.5), math.ceil(1.2), math.gcd(12, 18), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(math.inf), math.log(math.e))
print(math.hypot(3, 4), math.pow(2, 10), math.trunc(-3.7), math.log2(8), math.log10(1000))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
