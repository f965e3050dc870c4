#!/usr/bin/env python3
"""Generates float_cases.inc: repr, PyOS_double_to_string and float() results from CPython 3.11.

Rows are {op, a, b, expected}. Doubles travel as their IEEE bit pattern in decimal ("f:<uint64>")
so nothing is lost; expected strings are what CPython printed.
"""
import math
import os
import random
import struct
import sys
from fractions import Fraction

rng = random.Random(1125)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "float_cases.inc")


def fbits(x):
    return "f:%d" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def random_double():
    kind = rng.randrange(6)
    if kind == 0:  # any finite bit pattern
        while True:
            x = from_bits(rng.getrandbits(64))
            if math.isfinite(x):
                return x
    if kind == 1:  # short decimals, the common case in programs
        return float("%d.%de%d" % (rng.randint(0, 999), rng.randint(0, 999), rng.randint(-30, 30)))
    if kind == 2:
        return rng.uniform(-1000, 1000)
    if kind == 3:  # exact ties for rounding: k/2**n
        return rng.randint(-10**6, 10**6) / 2.0**rng.randint(0, 12)
    if kind == 4:  # near the repr exponent switch points and huge/tiny magnitudes
        return float("1e%d" % rng.choice([-5, -4, 15, 16, 17, 22, 23, 308, -308, -323])) * \
            rng.choice([1, 1 + 2**-52, 1 - 2**-53, 0.5, 9.999999999999999, 1.5])
    return rng.random() * 10.0**rng.randint(-320, 308)


EDGES = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675,
         1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001234, 123456789012345678.0,
         1e22, 1e23, 9007199254740993.0, 2.0**53, 2.0**63, 2.0**64, 5e-324, 2.2250738585072014e-308,
         2.225073858507201e-308, 1.7976931348623157e308, 4.35, 0.3 + 0.6, 100.0, 1e100, 123.456,
         math.pi, math.e, float("inf"), float("-inf"), float("nan"), 2.0**-1074 * 3, 8.41e21,
         5e-310, 1.1754943508222875e-38, 3.4028234663852886e+38, 1e21, 1e-7, 0.5e-323, 95.0,
         0.05, 0.15, 0.25, 0.35, 0.45, 9.5, 10.5, 99.5, 0.0049999999999999999]
def exact_decimal(fr):
    """Exact decimal expansion of a dyadic rational n / 2**k."""
    k = fr.denominator.bit_length() - 1
    n = abs(fr.numerator) * 5**k
    digits = str(n).rjust(k + 1, "0")
    return ("-" if fr < 0 else "") + digits[:len(digits) - k] + "." + digits[len(digits) - k:] + "0"


values = EDGES + [random_double() for _ in range(4000)]
rows = []
for x in values:
    rows.append(("repr", fbits(x), "", repr(x)))
# format codes, precisions and flags.
for x in EDGES + [random_double() for _ in range(1500)]:
    for _ in range(4):
        code = rng.choice("eEfFgG") if rng.random() < 0.85 else "none"
        prec = rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 25, 40, 0, 1, 2])
        if code in "fF" and rng.random() < 0.1:
            prec = rng.choice([50, 100, 330, 400])
        flags = ""
        if rng.random() < 0.3:
            flags += "+"
        if rng.random() < 0.2:
            flags += "z"
        if rng.random() < 0.25 and code != "none":
            flags += "#"
        spec = "%s.%d%s" % (flags, prec, "" if code == "none" else code)
        rows.append(("format", fbits(x), spec, format(x, spec)))

# float() literals.
literals = ["1", "-1", "+1.5", " 2.5 ", "\t-0.0\n", ".5", "5.", ".", "e5", "1e5", "1E-5", "1e+5",
            "1e", "1e+", "inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY", "nan", "-nan",
            "NaN", "nan(1)", "infi", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0",
            "1e_10", "0x10", "1.5e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308",
            "1.7976931348623159e308", "0.1", "1" * 30, "1" * 400 + ".0", "0." + "0" * 330 + "5",
            "9007199254740993", "9007199254740992.000000000000000000000000001",
            "123456789012345678901234567890e-30", "", "  ", "- 1", "1 2", "1.2.3", "++1",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "0e0", "00001.0000",
            "1e9999999999999", "١.٥", "\u3000 1.5e\u0663", "1.5é", "－1", "\u00a0inf\u2029",
            "１_０.５", "1e-9999999999999", "0e9999999999999", "1.e5", "1.5e05"]
for _ in range(2500):
    x = random_double()
    lit = rng.choice([repr(x), "%.17g" % x, "%.20e" % x, "%.25g" % x, "%.3g" % x, "%.40e" % x])
    literals.append(lit)
    # The exact decimal halfway between two neighbouring doubles: must round to even.
    if x != 0 and math.isfinite(x) and abs(x) < 1e300 and rng.random() < 0.2:
        mid = (Fraction(x) + Fraction(math.nextafter(x, math.inf))) / 2
        literals.append(exact_decimal(mid))
for lit in literals:
    try:
        r = fbits(float(lit))
    except ValueError:
        r = "!ValueError: could not convert string to float: "
    rows.append(("parse", lit, "", r))

# float arithmetic: hash, //, %, divmod, round.
def run(fn):
    try:
        r = fn()
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return "!%s: %s" % (type(e).__name__, e)
    if isinstance(r, tuple):
        return " ".join(fbits(v) for v in r)
    return fbits(r) if isinstance(r, float) else str(r)


for x in EDGES + [random_double() for _ in range(1500)]:
    if x == x:
        rows.append(("hash", fbits(x), "", str(hash(x))))
    rows.append(("round0", fbits(x), "", run(lambda: round(x))))
    for n in [rng.randint(-5, 20), rng.randint(-330, 330), 0, 1, 2]:
        rows.append(("round", fbits(x), str(n), run(lambda: round(x, n))))
    y = rng.choice([random_double(), 0.0, -0.0, 1.0, -1.0, 0.1, 3.0, -7.5, float("inf"),
                    -float("inf"), float("nan"), x, -x])
    rows.append(("floordiv", fbits(x), fbits(y), run(lambda: x // y)))
    rows.append(("mod", fbits(x), fbits(y), run(lambda: x % y)))
    rows.append(("divmod", fbits(x), fbits(y), run(lambda: divmod(x, y))))
def run_pow(x, y):
    """CPython 3 returns a complex for a negative base and a fractional exponent; the library
    reports that case as Python 2's ValueError."""
    try:
        r = x ** y
    except (ZeroDivisionError, OverflowError) as e:
        if str(e) != "complex exponentiation":
            return "!%s: %s" % (type(e).__name__, e)
        r = complex(0)
    if isinstance(r, complex):
        return "!ValueError: negative number cannot be raised to a fractional power"
    return fbits(r)


# x ** y: special cases, then random bases and exponents (the C library's pow must agree).
SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e308, 1e-308, float("inf"),
           -float("inf"), float("nan"), 2.5, -2.5, 1e20, -1e20]
for x in SPECIAL:
    for y in SPECIAL:
        rows.append(("pow", fbits(x), fbits(y), run_pow(x, y)))
for _ in range(4000):
    x = rng.choice([rng.uniform(0, 10), rng.uniform(-10, 10), rng.random() * 10.0**rng.randint(-30, 30),
                    float(rng.randint(-20, 20))])
    y = rng.choice([rng.uniform(-5, 5), float(rng.randint(-40, 40)), rng.uniform(-400, 400),
                    rng.choice([0.5, 1 / 3, -0.5, 2.0, 3.0, 0.1])])
    rows.append(("pow", fbits(x), fbits(y), run_pow(x, y)))
# math.exp and math.log on their plain domain (the interpreter adds math's domain/range errors).
for _ in range(3000):
    x = rng.choice([rng.uniform(-745, 709), rng.uniform(-1, 1), rng.uniform(-1e-6, 1e-6),
                    float(rng.randint(-50, 50))])
    rows.append(("exp", fbits(x), "", fbits(math.exp(x))))
    y = rng.choice([rng.uniform(0.9, 1.1), rng.uniform(0, 100), random_double()])
    y = abs(y) or 1.0
    rows.append(("log", fbits(y), "", fbits(math.log(y))))
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (-2.5, 0), (1.7e308, -308),
             (1e300, -400), (5e-324, 400), (-0.5, 0), (0.5, 0), (1.5, 0), (15.0, -1), (25.0, -1),
             (-25.0, -1), (5.0, -1), (-5.0, -1), (1e22, -22), (123.456, -2), (0.0, 3)]:
    rows.append(("round", fbits(x), str(n), run(lambda: round(x, n))))


def c_string(s):
    out = '"'
    for ch in s.encode("utf-8"):
        c = chr(ch)
        if c in '"\\':
            out += "\\" + c
        elif 32 <= ch < 127:
            out += c
        else:
            out += '\\%03o' % ch
    return out + '"'


with open(OUT, "w") as f:
    f.write("// Generated by gen_float_cases.py from CPython %s. Do not edit.\n" %
            sys.version.split()[0])
    for op, a, b, r in rows:
        f.write("{%s, %s, %s, %s},\n" % (c_string(op), c_string(a), c_string(b), c_string(r)))
print(len(rows), "rows ->", OUT)
