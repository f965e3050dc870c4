#!/usr/bin/env python3
"""Prints the Unicode tables of engine/num/unicode_ascii.cpp from CPython 3.11's unicodedata.

Every non-ASCII decimal digit (category Nd) sits in a run of ten starting at a zero, so the table
lists the zeros; spaces are the non-ASCII code points for which str.isspace() is true.
"""
import sys
import unicodedata

zeros = [c for c in range(0x80, 0x110000) if unicodedata.decimal(chr(c), None) == 0]
assert all(unicodedata.decimal(chr(z + d), None) == d for z in zeros for d in range(10))
spaces = [c for c in range(0x80, 0x110000) if chr(c).isspace()]
print("// Unicode %s (CPython %s), from tests/num/gen_unicode_digits.py." %
      (unicodedata.unidata_version, sys.version.split()[0]))
print("constexpr std::uint32_t kDigitZeros[] = {")
for i in range(0, len(zeros), 8):
    print("    " + ", ".join("0x%X" % z for z in zeros[i:i + 8]) + ",")
print("};")
print("constexpr std::uint32_t kSpaces[] = {")
for i in range(0, len(spaces), 8):
    print("    " + ", ".join("0x%X" % z for z in spaces[i:i + 8]) + ",")
print("};")
