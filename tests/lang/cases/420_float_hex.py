# float.hex, float.fromhex and as_integer_ratio: a float's exact binary value.
import math

values = [0.0, -0.0, 1.0, -1.5, 0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          3.0, 1e-310, 123.456, -2.5e-320, 1e300, math.pi, 2.0 ** -1074, 2.0 ** 1023]
for x in values:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, back == x and math.copysign(1, back) == math.copysign(1, x))
    print(' ', x.as_integer_ratio())
for x in [float('inf'), -float('inf'), float('nan')]:
    print(x.hex())

for s in ['0x1.8p1', '  -0X1P-1074 ', 'inf', '-Infinity', 'INF', 'nan', '-nan', '0x.8', '1', 'ff',
          '0x1.999999999999ap-4', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076',
          '0x1p-1076', '0x1.fffffffffffffp1023', '0x1.fffffffffffff7ffp1023',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0',
          '0x0.0000000000001p-1022', '0x1p+99999999999999999999', '0x1p-99999999999999999999',
          '\t0x1P3\n', '1.', '.1', '0x0p0', '-0x0p0', '0x1.0p-1022', '0x0.8p-1022', '0x0.00008p-1022',
          '0x1.fffffffffffff8p1023', '0x2p1023', 'x1', '0x', '0x.p1', '0x1p', '0x1p+', '1.2.3',
          '0x1 p1', 'infinit', 'nana', '', ' ', '0x1g', '+-1']:
    try:
        v = float.fromhex(s)
        print(repr(s), repr(v), math.copysign(1, v))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)

print(type(float.fromhex('0x1p1')).__name__, (2.5).fromhex('0x1p3'))
for bad in [lambda: float.fromhex(1), lambda: float.fromhex(), lambda: float.fromhex('1', '2'),
            lambda: (1.5).hex(2), lambda: float('inf').as_integer_ratio(),
            lambda: float('nan').as_integer_ratio()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sum(1 for i in range(-1074, 1024) if float.fromhex((2.0 ** i).hex()) != 2.0 ** i))
print((1.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (8.0).as_integer_ratio())
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, float('-nan')) if False else '')
for bad in [lambda: math.copysign('a', 1), lambda: math.copysign(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
for bad in [lambda: float.fromhex(string='0x1p0'), lambda: (1.5).hex(x=1),
            lambda: (1.5).as_integer_ratio(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
