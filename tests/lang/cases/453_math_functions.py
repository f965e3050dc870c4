import math

print(math.acos(0.5), math.asin(1), math.atan2(1, 1), math.cosh(1), math.sinh(1), math.tanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.fmod(7, 3), math.fmod(-7, 3), math.log1p(1e-10))
print(math.expm1(1e-10), math.erf(0.5), math.erfc(0.5), math.acosh(2), math.asinh(1), math.atanh(0.5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(math.isqrt(10), math.isqrt(2**100), math.isqrt(0), math.isqrt(99))
for bad in [lambda: math.acos(2), lambda: math.fmod(1, 0), lambda: math.isqrt(-1), lambda: math.cosh(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
