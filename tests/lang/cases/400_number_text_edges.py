# Float literals, %-formatting, round(), ascii(), bytes escapes and format-code errors: the text
# conversions the engine does with its own correctly rounded routines (no C printf/strtod).

# Literals: subnormals, extremes, overflow to inf, underflow to zero, underscores, odd spellings.
for x in [5e-324, 4.9406564584124654e-324, 2.4703282292062328e-324, 2.4703282292062327e-324,
          2.2250738585072011e-308, 2.2250738585072014e-308, 1.7976931348623157e308,
          1.7976931348623158e308, 1.7976931348623159e308, 1e400, -1e400, 1e-400, -1e-400,
          -0.0, 0e0, 0.0e-999, .5, 1., 1.e5, 1_000.000_1e-10, 1_2.3_4e+01,
          0.1, 0.2, 0.30000000000000004, 9007199254740993.0, 123456789012345678901234567890.0,
          0.000000000000000000000000000000000000000000001234567890123456789,
          1.00000000000000011102230246251565404236316680908203125,
          1.000000000000000111022302462515654042363166809082031250000000001,
          7.2057594037927933e16, 1e23, 8.5e-323, 1e22, 1e-22]:
    print(repr(x), float(repr(x)) == x, str(-x))

# %-formatting of floats.
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1/3, 2/3, 123456.789, 1e16, 1e-5, 9.9999995e-5,
        5e-324, 1.7976931348623157e308, 0.1, 1e22, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print('%f|%.0f|%.3f|%F' % (v, v, v, v))
    print('%e|%.0e|%.12E|%#.0e' % (v, v, v, v))
    print('%g|%.0g|%.10G|%#g|%#.3g' % (v, v, v, v, v))
    print('%+.2f|% .3e|%010.4g|%-12.2e|' % (v, v, v, v))
print('%.60f' % 0.1)
print('%.40e' % 5e-324)
print('%.350f' % 1e-320)
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, 3.5))
print('%.330f' % 1.7976931348623157e308)
print('%d %i %s' % (3.99, -3.99, 1e400))

# round() with ndigits: ties on the exact binary value, negative ndigits, subnormals.
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (1.5, 0), (2.5, 0), (-2.5, 0), (1234.5678, -2),
             (1250.0, -2), (1350.0, -2), (5e-324, 323), (5e-324, 324), (5e-324, 400),
             (1e-320, 321), (0.1, 20), (123.456, -5), (-0.0, 1), (-0.4, 0), (1e300, -299),
             (1e300, -301), (9.5, -1), (float('inf'), 2), (float('nan'), 2), (1e22, 5)]:
    print(x, n, repr(round(x, n)))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print('OverflowError', e)

# ascii() and escapes of non-printable characters.
print(ascii('a\x00\x1f\x7f\x80\xff\u0100\u20ac\uffff\U00010000\U0010ffff'))
print(repr('\x00\x01\x1b\x7f'))
print(repr(b'\x00\x0f\x10\x7f\x80\xff\'"'), b'\x00\x0f\xab\xff'.hex(), bytes(range(0, 256, 17)).hex())

# Unknown format codes are named in the error, non-ASCII ones as \x escapes.
for spec in ['q', '\x80', '\u20ac', ' ']:
    try:
        format(1.5, 'x' if spec == ' ' else spec)
        format(1.5, spec)
    except ValueError as e:
        print('ValueError', e)
