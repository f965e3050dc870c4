# %-format corner cases
print("%5s|%-5s|%.1s" % ("ab", "ab", "ab"), "%3d|%-3d|%03d" % (7, 7, 7), "%.2f%%" % 12.345)
print("%s %s" % (None, [1]), "%r" % ("a",), "%x %o %X" % (255, 8, 255), "%e" % 0.5)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print("%(a)s-%(b)s" % {"a": 1, "b": 2}, "%5.1f" % 3.14159, "%+.3e" % 12345.6789)
