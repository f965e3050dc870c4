# printf-style % formatting
print("%s is %d years" % ("Bob", 30))
print("%5.2f|%-6s|%06d|%x|%X|%o|%e" % (3.14159, "ab", 42, 255, 255, 8, 12345.678))
print("%r %s" % ("q", "q"), "%%", "%c" % 65)
print("%(name)s=%(val)d" % {"name": "n", "val": 5})
print("%+d %+d % d" % (5, -5, 5), "%.3s" % "abcdef")
