#!/usr/bin/env python3
"""Generates bigint_cases.inc: BigInt operations with CPython 3.11's results.

Run from anywhere with python3 (3.11); the output is checked in. Fixed seed: re-running gives the
same file. Each row is {op, a, b, expected}; operands are decimal strings, expected results are
decimal strings, float bit patterns ("f:<uint64>"), or "!Kind: message" for errors.
"""
import os
import random
import struct
import sys

sys.set_int_max_str_digits(0)
rng = random.Random(20261125)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bigint_cases.inc")

EDGES = [0, 1, -1, 2, -2, 3, 7, 10, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**53 - 1,
         2**53, 2**53 + 1, 2**62, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1, 2**64, 2**64 + 1,
         -2**63, -2**63 - 1, -2**63 + 1, -2**64, 10**18, 10**19, 10**20, 2**96 - 1, 2**128,
         2**1023, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024, (2**53 + 1) * 2**971]


def rand_int(max_bits):
    bits = rng.choice([rng.randint(0, 70), rng.randint(0, 70), rng.randint(0, max_bits)])
    v = rng.getrandbits(bits) if bits else 0
    if rng.random() < 0.3 and bits > 2:  # runs of ones/zeros stress carries and borrows
        v |= (1 << rng.randint(1, bits)) - 1
    return -v if rng.random() < 0.5 else v


def fbits(x):
    return "f:%d" % struct.unpack("<Q", struct.pack("<d", x))[0]


def run(fn):
    try:
        r = fn()
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return "!%s: %s" % (type(e).__name__, e)
    if isinstance(r, float):
        return fbits(r)
    if isinstance(r, tuple):
        return "%d %d" % r
    return str(r)


def digits(v, base):
    out = []
    while v:
        v, d = divmod(v, base)
        out.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
    return out


rows = []


def add(op, a, b, fn):
    rows.append((op, str(a), str(b), run(fn)))


pairs = [(a, b) for a in EDGES for b in EDGES[:20]]
pairs += [(rand_int(400), rand_int(400)) for _ in range(1500)]
pairs += [(rand_int(3000), rand_int(1500)) for _ in range(40)]
for a, b in pairs:
    add("add", a, b, lambda: a + b)
    add("sub", a, b, lambda: a - b)
    add("mul", a, b, lambda: a * b)
    add("floordiv", a, b, lambda: a // b)
    add("mod", a, b, lambda: a % b)
    add("divmod", a, b, lambda: divmod(a, b))
    add("truediv", a, b, lambda: a / b)
    add("and", a, b, lambda: a & b)
    add("or", a, b, lambda: a | b)
    add("xor", a, b, lambda: a ^ b)
    add("cmp", a, b, lambda: (a > b) - (a < b))
# Karatsuba-sized products and the divisions that undo them.
for _ in range(12):
    a = rng.getrandbits(rng.randint(2000, 12000)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randint(1300, 12000)) * rng.choice([1, -1])
    add("mul", a, b, lambda: a * b)
    add("divmod", a * b + 12345, b, lambda: divmod(a * b + 12345, b))
# True division near the subnormal range and near overflow.
for _ in range(300):
    a = rand_int(1200)
    b = rng.getrandbits(rng.randint(1000, 1100)) or 1
    add("truediv", a, b, lambda: a / b)
    add("truediv", b, a, lambda: b / a)
for a in EDGES + [rand_int(1100) for _ in range(400)]:
    add("neg", a, 0, lambda: -a)
    add("invert", a, 0, lambda: ~a)
    add("bit_length", a, 0, lambda: a.bit_length())
    add("hash", a, 0, lambda: hash(a))
    add("to_double", a, 0, lambda: float(a))
    for base in (2, 8, 16, 36, 7):
        fmt = {2: "b", 8: "o", 16: "x"}.get(base)
        add("to_string", a, base, lambda: format(a, fmt) if fmt else ("-" if a < 0 else "") + (
            "0" if a == 0 else "".join(reversed(digits(abs(a), base)))))
    nd = rng.choice([-1, -2, -3, -5, -10, -19, -20, -40, 0, 2, -rng.randint(1, 340)])
    add("round", a, nd, lambda: round(a, nd))
    n = rng.choice([0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000])
    add("lshift", a, n, lambda: a << n)
    add("rshift", a, n, lambda: a >> n)


for _ in range(400):
    a = rand_int(200)
    e = rng.randint(0, 40)
    add("pow", a, e, lambda: a ** e)
    m = rand_int(150) or 7
    e2 = rand_int(100)
    add("powmod", "%d %d" % (a, e2), m, lambda: pow(a, e2, m))
for a, nd in [(15, -1), (25, -1), (-15, -1), (-25, -1), (5, -1), (-5, -1), (50, -2), (150, -2),
              (250, -2), (12345, -400), (-12345, -400), (-12345, -5), (99999, -5), (10**30 // 2, -30), (7, -1)]:
    add("round", a, nd, lambda: round(a, nd))
for a, e, m in [(2, -1, 4), (3, -1, 7), (3, 5, 0), (0, 0, 1), (5, 0, -3), (-7, 3, -10)]:
    add("powmod", "%d %d" % (a, e), m, lambda: pow(a, e, m))
add("pow", 7, -1, lambda: (_ for _ in ()).throw(ValueError("negative exponent")))

# Doubles to int: truncation, huge values, specials.
specials = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 1e18, 9.2e18, 9.3e18, -9.3e18, 2.0**63, -(2.0**63),
            2.0**64, 1e300, -1e300, 1.7976931348623157e308, 5e-324, float("inf"),
            -float("inf"), float("nan")]
for d in specials + [rng.uniform(-1e25, 1e25) for _ in range(300)] + [
        rng.uniform(-1, 1) * 10.0**rng.randint(0, 308) for _ in range(300)]:
    rows.append(("from_double", fbits(d), "0", run(lambda: int(d))))
    if d == d and d not in (float("inf"), -float("inf")):
        for a in (int(d), int(d) + 1, int(d) - 1):
            rows.append(("cmp_double", str(a), fbits(d), str((a > d) - (a < d))))

# int(str, base) literals, valid and invalid.
literals = [
    ("0", 10), ("-0", 10), (" 42 ", 10), ("\t-17\n", 10), ("+5", 10), ("1_000", 10), ("1__0", 10),
    ("_1", 10), ("1_", 10), ("", 10), ("  ", 10), ("-", 10), ("12a", 10), ("0x1f", 16),
    ("0X1F", 0), ("0x_1f", 0), ("0x", 0), ("0b101", 0), ("0o777", 0), ("0777", 0), ("000", 0),
    ("0_0", 0), ("0_1", 0), ("10", 0), ("-0b11", 0), ("0b", 16), ("0b1", 16), ("zz", 36),
    ("ZZ", 36), ("z", 35), ("1", 1), ("1", 37), ("1", -1), ("- 1", 10), ("1 2", 10),
    ("0o17", 8), ("0o17", 10), ("0x10", 16), ("0x10", 10), ("077", 8), ("1e5", 10),
    ("9" * 400, 10), ("-" + "123456789" * 50, 10), ("f" * 300, 16), ("1" * 700, 2),
    ("7" * 333, 8), ("y" * 100, 36), ("1_2_3_4", 10), ("0x_", 0), ("0_x1", 0), ("١٢", 10),
    ("\u00a012\u3000", 10), ("١_٢", 10), ("1é", 10), ("１２３", 10), ("\u2003-5", 10), ("๑๒", 16),
    ("\U0001D7D8\U0001D7D9", 10), ("1\x7f", 10), ("\u200b1", 10), ("0x١f", 0),
    ("1\x1f", 10), ("\x0b\x0c12", 10),
]
for _ in range(300):
    base = rng.choice([2, 3, 8, 10, 10, 16, 36, 0])
    v = rand_int(700)
    text = ("-" if v < 0 else "") + "".join(reversed(digits(abs(v), base or 10))) or "0"
    literals.append((text, base))
for text, base in literals:
    def parse():
        return int(text, base)
    r = run(parse)
    if r.startswith("!ValueError: invalid literal"):
        r = "!ValueError: invalid literal for int() with base "
    rows.append(("parse", text, str(base), r))

# CPython 3.11's default int <-> str digit limit (sys.get_int_max_str_digits() == 4300).
sys.set_int_max_str_digits(4300)
for text, base in [("1" * 4300, 10), ("1" * 4301, 10), ("1_" * 4300 + "1", 10), ("0" * 4301, 10),
                   (" -" + "1" * 4301, 10), ("1" * 4301 + "x", 10), ("0" + "1" * 4301, 0),
                   ("1" * 4301 + "__1", 10), ("1" * 4301 + "_", 10), ("f" * 5000, 16),
                   ("1" * 4301, 7), ("7" * 5000, 8), ("0b" + "1" * 5000, 0)]:
    sys.set_int_max_str_digits(4300)
    try:
        value = int(text, base)
        sys.set_int_max_str_digits(0)
        r = str(value)
    except ValueError as e:
        r = "!ValueError: %s" % e
    sys.set_int_max_str_digits(4300)
    if r.startswith("!ValueError: invalid literal"):
        r = "!ValueError: invalid literal for int() with base "
    rows.append(("parse_limited", text, str(base), r))
for v in [10**4299, 10**4300 - 1, 10**4300, -10**4300, -(10**4300 - 1), 2**14280, 2**14290,
          2**14300, 3**9000, 7]:
    r = run(lambda: str(v))
    sys.set_int_max_str_digits(0)
    rows.append(("str_limited", str(v), "0", r))
    sys.set_int_max_str_digits(4300)
sys.set_int_max_str_digits(0)


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
    f.write("// Generated by gen_bigint_cases.py from CPython %s. Do not edit.\n" %
            sys.version.split()[0])
    for op, a, b, r in rows:
        f.write("{%s, %s, %s, %s},\n" % (c_string(op), c_string(a), c_string(b), c_string(r)))
print(len(rows), "rows ->", OUT)
