# replace with counts, empty patterns
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaa".replace("aa", "b"))
