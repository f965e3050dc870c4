# find/index with ranges
s = "abcabcabc"
print(s.find("c"), s.find("c", 3), s.find("c", 3, 5), s.rfind("a"), s.rfind("a", 0, 5), s.find(""))
try:
    s.index("z")
except ValueError as e:
    print(e)
