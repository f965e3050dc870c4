# split edge cases
print("".split(), "".split(","), " a ".split(" "), "a,,b".split(",", 1), "a b c".split(None, 1))
print("a\tb\nc  d".split(), "1.2.3".rsplit(".", 1), "xyx".split("x"))
